// Browser tests against the running local stack (./sanpin up): the real SPA on the web server, real Keycloak, real
// services. Chromium is Debian's (/usr/bin/chromium), driven by playwright-core; no browser is ever downloaded.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const WEB_URL = process.env.SANPIN_WEB_URL ?? 'http://127.0.0.1:8080';
export const DEMO_PASSWORD = process.env.SANPIN_DEMO_PASSWORD ?? 'Sanpin@2026';
const ARTIFACTS = new URL('./artifacts/', import.meta.url);

/** A headless Chromium; the flags keep it off the network this machine does not have. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** A fresh page in zh-CN (the system's language) with its own session; screenshots land in e2e/artifacts/. */
export async function openPage(browser) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, ARTIFACTS).pathname, fullPage: true });
}

/**
 * Signs in on Keycloak's own login page, which the SPA redirected to. Keycloak's form is found by its stable
 * element ids, since its labels change with the realm's theme and language; the SPA's pages are found by role and text.
 */
export async function signInOnKeycloak(page, username) {
  await page.waitForURL(/\/realms\/sanpin\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#kc-login').click();
}

/** The open calls as the public API answers them, to check the page against real data. */
export async function openCalls() {
  const response = await fetch(`${WEB_URL}/api/v1/public/batches`);
  if (!response.ok) throw new Error(`/api/v1/public/batches answered ${response.status}`);
  return response.json();
}
