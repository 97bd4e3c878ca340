import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { useSessionStore } from './auth/session';
import { loadConfig } from './config';
import { i18n, setLocale, storedLocale } from './locales';
import { router } from './router';
import './styles/global.scss';
// Styles of components called from code rather than templates (the resolver only sees templates).
import 'element-plus/es/components/message/style/index';
import 'element-plus/es/components/message-box/style/index';

async function start() {
  await loadConfig();
  const app = createApp(App).use(createPinia()).use(i18n);
  await setLocale(storedLocale());
  // The session must be known before the first navigation, so the guard does not send a signed-in user to login.
  await useSessionStore().restore();
  app.use(router);
  app.mount('#app');
}

start();
