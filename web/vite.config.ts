import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { defineConfig } from 'vitest/config';
import { API_ROUTES } from '../deploy/local/web-server.mjs';

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The development server forwards /api the same way the local web server does: one route table for both.
const apiProxy = Object.fromEntries(
  API_ROUTES.flatMap((route) => route.prefixes.map((prefix) => [prefix, { target: route.target, changeOrigin: true }])),
);

export default defineConfig({
  plugins: [
    vue(),
    // Element Plus on demand, its styles compiled from SCSS so that styles/element.scss can theme them.
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'sass' })], dts: 'components.d.ts' }),
  ],
  resolve: {
    alias: {
      '@': src('./src'),
      // Generated from openapi/application.yaml by `./mvnw install -pl openapi -am` (see README.md).
      '@sanpin/application-api': src('../openapi/target/typescript/application/src/index.ts'),
    },
  },
  css: {
    preprocessorOptions: {
      scss: { additionalData: `@use "@/styles/element.scss" as *;` },
    },
  },
  server: { port: 5173, strictPort: true, proxy: apiProxy },
  build: {
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        manualChunks: { echarts: ['echarts/core', 'echarts/charts', 'echarts/components', 'echarts/renderers'] },
      },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    css: false,
    // Element Plus's on-demand imports include SCSS: let Vite (not Node) load it, and drop it (css: false).
    server: { deps: { inline: ['element-plus'] } },
  },
});
