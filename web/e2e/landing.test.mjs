import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openCalls, openPage, screenshot, WEB_URL } from './support.mjs';

let browser;
before(async () => (browser = await launch()));
after(() => browser?.close());

test('the public landing page shows the programme and the open call with its deadlines, without signing in', async () => {
  const page = await openPage(browser);
  const [call] = await openCalls();
  assert.ok(call, 'the demo data has an open call');

  await page.goto(`${WEB_URL}/`);
  await page.getByRole('heading', { name: '湖南省消费品工业“三品”标杆企业培育' }).waitFor();
  const calls = page.getByRole('region', { name: '正在受理的年度申报' });
  await calls.getByRole('heading', { name: call.title }).waitFor();
  const text = await calls.innerText();
  assert.match(text, new RegExp(`${call.schedule.applicationOpensOn} – ${call.schedule.applicationClosesOn}`));
  assert.match(text, new RegExp(call.schedule.recommendationDueOn));
  assert.match(text, new RegExp(call.editionDocumentNumber));
  await page.getByRole('button', { name: '登录' }).waitFor();
  await screenshot(page, 'landing');
});

test('the landing page switches to English', async () => {
  const page = await openPage(browser);
  await page.goto(`${WEB_URL}/`);
  await page.getByRole('button', { name: '语言' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Hunan consumer-goods "Three Products" benchmark enterprises' }).waitFor();
});
