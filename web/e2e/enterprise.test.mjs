import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPage, screenshot, signInOnKeycloak, WEB_URL } from './support.mjs';

let browser;
before(async () => (browser = await launch()));
after(() => browser?.close());

test('ent01 follows a deep link through the real Keycloak and lands in its enterprise workspace', async () => {
  const page = await openPage(browser);
  await page.goto(`${WEB_URL}/app/enterprise/profile`);
  await signInOnKeycloak(page, 'ent01');

  await page.waitForURL(`${WEB_URL}/app/enterprise/profile`);
  await page.getByText('湖南湘韵食品有限公司').first().waitFor();
  const user = await page.getByTestId('current-user').innerText();
  assert.match(user, /刘湘云/);
  assert.match(user, /企业用户/);

  const menu = page.getByRole('menubar', { name: '功能菜单' });
  await menu.getByRole('menuitem', { name: '我的申报' }).waitFor();
  assert.equal(await menu.getByText('年度批次').count(), 0, 'an enterprise sees no province administration');
  await screenshot(page, 'enterprise-profile');

  await menu.getByRole('menuitem', { name: '我的申报' }).click();
  await page.waitForURL(`${WEB_URL}/app/enterprise/applications`);
  // the demo data submitted ent01's application to this year's call (the smoke test has since moved it on)
  await page.getByRole('cell', { name: '湖南湘韵食品有限公司' }).waitFor();
  await page.getByRole('cell', { name: String(new Date().getFullYear()) }).first().waitFor();
  await screenshot(page, 'enterprise-applications');
});
