// Talking to the local stack from Node 20 (no dependencies): user tokens from the real Keycloak through the
// local-only `sanpin-cli` client, and JSON calls that fail loudly with the problem the service returned.
export const KC_URL = process.env.KC_URL ?? 'http://127.0.0.1:8180';
export const APPLICATION_URL = process.env.APPLICATION_URL ?? 'http://127.0.0.1:8081';
export const DEMO_PASSWORD = 'Sanpin@2026';

export async function tokenFor(username, password = DEMO_PASSWORD) {
  const response = await fetch(`${KC_URL}/realms/sanpin/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'sanpin-cli', username, password, scope: 'openid' }),
  });
  if (!response.ok) throw new Error(`login as ${username} failed: ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}

export function claimsOf(token) {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

/** Calls the API; resolves to { status, body } whatever the status. A Buffer body is sent as a file. */
export async function call(method, url, token, body, extraHeaders = {}) {
  const headers = { accept: 'application/json', 'accept-language': 'zh-CN', ...extraHeaders };
  if (token) headers.authorization = `Bearer ${token}`;
  const raw = Buffer.isBuffer(body);
  if (body !== undefined) headers['content-type'] = raw ? 'application/octet-stream' : 'application/json';
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : raw ? body : JSON.stringify(body) });
  const text = await response.text();
  let parsed = text;
  try { parsed = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
  return { status: response.status, body: parsed };
}

/** Like call, but a status other than `expected` is an error that shows the problem. */
export async function expect(expected, method, url, token, body, extraHeaders) {
  const result = await call(method, url, token, body, extraHeaders);
  if (result.status !== expected) {
    throw new Error(`${method} ${url}: expected ${expected}, got ${result.status}: ${JSON.stringify(result.body)}`);
  }
  return result.body;
}
