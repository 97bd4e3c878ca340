// Serves the SPA (web/dist) on one origin and forwards /api/* to the service that owns the path, so the browser
// never needs CORS for the API and the tokens it sends go only to our services.
//   node deploy/local/web-server.mjs [port]        (default 8080, or SANPIN_WEB_PORT)
// The route table below says which service owns which path, read from each service's contract (openapi/*.yaml),
// so a path added there is routed with no change here; web/vite.config.ts uses it for the development server too.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const env = process.env;

/** The first segments under /api/v1 of the paths a contract declares (its `paths:` keys, two spaces in). */
export function contractPrefixes(yaml) {
  return [...new Set([...yaml.matchAll(/^ {2}(\/api\/v1\/[^/:{]+)/gm)].map((match) => match[1]))];
}

const contract = (name) => contractPrefixes(readFileSync(new URL(`../../openapi/${name}.yaml`, import.meta.url), 'utf8'));

/** Which service answers which path prefix under /api. */
export const API_ROUTES = [
  { service: 'application-service', target: `http://127.0.0.1:${env.SANPIN_APPLICATION_PORT ?? 8081}`, prefixes: contract('application') },
  { service: 'review-service', target: `http://127.0.0.1:${env.SANPIN_REVIEW_PORT ?? 8082}`, prefixes: contract('review') },
  { service: 'registry-service', target: `http://127.0.0.1:${env.SANPIN_REGISTRY_PORT ?? 8083}`, prefixes: contract('registry') },
];

/** The route whose prefix owns the path (a whole segment: /api/v1/batches does not own /api/v1/batchesX). */
export function routeFor(path) {
  return API_ROUTES.find((route) => route.prefixes.some((prefix) =>
    path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`)));
}

const MEDIA_TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
};

function problem(res, status, title) {
  res.writeHead(status, { 'Content-Type': 'application/problem+json; charset=utf-8', ...SECURITY_HEADERS });
  res.end(JSON.stringify({ type: 'about:blank', title, status }));
}

function proxy(req, res, route) {
  const target = new URL(req.url, route.target);
  const headers = {
    ...req.headers,
    host: target.host,
    'x-forwarded-host': req.headers.host ?? '',
    'x-forwarded-proto': 'http',
    'x-forwarded-for': req.socket.remoteAddress ?? '',
  };
  const upstream = httpRequest(target, { method: req.method, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (res.headersSent) res.destroy();
    else problem(res, 502, `${route.service} is not reachable`);
  });
  // Evidence uploads stream through: the body is piped, never buffered here.
  req.pipe(upstream);
}

function serveStatic(req, res, root) {
  const path = decodeURIComponent(new URL(req.url, 'http://local').pathname);
  const file = normalize(join(root, path));
  const inside = file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile();
  // Anything that is not a file is a route of the SPA: index.html, which the router resolves (or shows 404).
  const chosen = inside ? file : join(root, 'index.html');
  const hashed = chosen.startsWith(join(root, 'assets') + sep);
  res.writeHead(200, {
    'Content-Type': MEDIA_TYPES[extname(chosen)] ?? 'application/octet-stream',
    // Built assets carry a content hash in their name; everything else must be revalidated.
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...SECURITY_HEADERS,
  });
  createReadStream(chosen).pipe(res);
}

export function startWebServer({ port, root }) {
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path.startsWith('/api/')) {
      const route = routeFor(path);
      if (route) proxy(req, res, route);
      else problem(res, 404, 'No service serves this path');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      problem(res, 405, 'Method not allowed');
      return;
    }
    serveStatic(req, res, root);
  });
  // No host: both 127.0.0.1 and ::1, since browsers may resolve localhost to either.
  return new Promise((ready) => server.listen(port, () => ready(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? env.SANPIN_WEB_PORT ?? 8080);
  const root = resolve(fileURLToPath(new URL('../../web/dist', import.meta.url)));
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`no build in ${root}: run npm ci && npm run build in web/`);
    process.exit(1);
  }
  await startWebServer({ port, root });
  console.log(`web: http://127.0.0.1:${port} (serving ${root}; /api/* to ${API_ROUTES.map((r) => r.service).join(', ')})`);
}
