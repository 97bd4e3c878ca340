// The review walk in the browser, one user after another as in real life: an enterprise fills in and submits its
// draft; the county checks it claim by claim and forwards it; the city recommends it, downloads the letter and
// uploads the stamped scan; the province passes it. Then a 直管县 recommends straight to the province.
// Runs against the demo data of ./sanpin up (ent03 keeps a draft in 岳麓区; ent04 waits at 浏阳市).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launch, openPage, screenshot, signInOnKeycloak, WEB_URL } from './support.mjs';

let browser;
before(async () => (browser = await launch()));
after(() => browser?.close());

const ENT03 = '湖南岳麓书香印务有限公司';
const ENT04 = '浏阳花火烟花制造有限公司';
const YEARS = [2023, 2024, 2025];
const WORKS = ['SW01', 'SW02', 'SW03', 'SW05', 'SW07', 'SW09'];
const pdf = (title) => ({ name: `${title}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${title}\n%%EOF\n`) });

/** Pages opened by the running test: on a failure each is kept as a screenshot (e2e/artifacts/failed-*). */
let opened = [];
function walk(name, body) {
  test(name, async () => {
    opened = [];
    try {
      await body();
    } catch (failure) {
      for (const [i, page] of opened.entries()) await screenshot(page, `failed-${i}`).catch(() => {});
      throw failure;
    }
  });
}

async function signIn(username, path) {
  const page = await openPage(browser);
  opened.push(page);
  await page.goto(`${WEB_URL}${path}`);
  await signInOnKeycloak(page, username);
  await page.waitForURL(`${WEB_URL}${path}`);
  return page;
}

const formItem = (scope, label) => scope.locator('.el-form-item').filter({ hasText: label }).first();

async function fillYears(page, label, base = 1500) {
  for (const [i, year] of YEARS.entries()) {
    await page.getByLabel(`${year} ${label}`).fill(String(base + 100 * i));
  }
}

async function nextStep(page) {
  await page.getByRole('button', { name: '保存并下一步' }).click();
  await page.getByText('已保存').waitFor();
}

/** From the inbox to the application's page, as an officer finds it. */
async function openFromInbox(page, enterprise) {
  await page.getByRole('cell', { name: new RegExp(enterprise) }).first().click();
  await page.waitForURL(/\/app\/review\/applications\/[0-9a-f-]{36}$/);
  await page.getByTestId('decision').waitFor();
}

/** The recommending unit's check on record (every claim as prefilled: 属实), as the server requires before 推荐. */
async function saveChecks(page) {
  await page.getByTestId('claim-checks').getByRole('button', { name: '保存审查记录' }).click();
  await page.getByText('审查记录已保存').waitFor();
}

async function decide(page, kind, opinion) {
  const panel = page.getByTestId('decision');
  await panel.getByRole('radio', { name: kind, exact: true }).check({ force: true });
  await panel.getByRole('textbox').fill(opinion);
  await panel.getByRole('button', { name: '提交决定' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '提交决定' }).click();
  await page.getByText(`已提交决定：${kind}`).waitFor();
}

async function stampAndSend(page, unitName, shot) {
  await page.getByRole('menuitem', { name: '推荐名单' }).click();
  await page.waitForURL(`${WEB_URL}/app/review/recommendation`);
  await page.getByText(unitName).first().waitFor();
  const [letter] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载推荐函（PDF）' }).click()]);
  assert.equal(readFileSync(await letter.path()).subarray(0, 5).toString(), '%PDF-', 'the letter is a PDF');
  await screenshot(page, shot);
  await page.getByTestId('scan-input').setInputFiles(pdf('盖章推荐函'));
  await page.getByTestId('recommendation-status').filter({ hasText: '已行文推荐' }).waitFor();
}

walk(`${ENT03}: draft → county → city → province`, async () => {
  // the enterprise completes its draft in the wizard and submits it
  const enterprise = await signIn('ent03', '/app/enterprise/applications');
  await enterprise.getByRole('cell', { name: ENT03 }).first().click();
  await enterprise.getByRole('button', { name: '继续填报' }).click();
  await enterprise.waitForURL(/\/edit$/);
  // ent03's figures are not on the platform (the stub has none for it): typed in by hand
  await fillYears(enterprise, '营业收入（万元）', 52000);
  await fillYears(enterprise, '利润总额（万元）', 4100);
  await fillYears(enterprise, '税收（万元）', 2600);
  await nextStep(enterprise);
  await fillYears(enterprise, '金额（万元）');
  await formItem(enterprise, '研发机构级别').locator('.el-select').click();
  await enterprise.getByRole('option', { name: '省级' }).click();
  await formItem(enterprise, '创新人才队伍').locator('textarea').fill('研发团队45人，其中高级职称12人。');
  await nextStep(enterprise);
  await formItem(enterprise, '主导产品及其行业影响力').locator('textarea').fill('精装图书印制省内市场占有率第一。');
  await nextStep(enterprise);
  await fillYears(enterprise, '金额（万元）');
  await nextStep(enterprise);
  await formItem(enterprise, '自主品牌发展规划').locator('textarea').fill('“书香”品牌五年发展规划（2024—2028）。');
  await fillYears(enterprise, '金额（万元）');
  await nextStep(enterprise);
  for (const code of WORKS) {
    const card = enterprise.locator('.work').filter({ hasText: code });
    // a click by coordinates can land on a card that the forms opening above have just pushed down
    const claimed = card.getByRole('checkbox');
    if (!(await claimed.isChecked())) await claimed.evaluate((input) => input.click());
    // locators, not handles: the claim's form may render again while it is being filled in; forced, because the
    // range editor's inputs can report no size for a moment while the page grows around them
    const from = card.locator('.el-date-editor input').first();
    const to = card.locator('.el-date-editor input').nth(1);
    await from.fill('2023-01-01', { force: true });
    await to.fill('2025-12-31', { force: true });
    await to.press('Enter');
    await formItem(card, '开展情况').locator('textarea').fill(`开展${code}专项工作。`);
    await formItem(card, '可量化的成效').locator('textarea').fill('新增产品12个。');
    await card.locator('input[type=file]').setInputFiles(pdf(`${code}佐证材料`));
    await card.getByText(`${code}佐证材料.pdf`).first().waitFor();
  }
  await enterprise.getByTestId('special-work-progress').getByText('已开展 6 项，其中 6 项附有佐证材料').waitFor();
  await screenshot(enterprise, 'enterprise-wizard');
  await nextStep(enterprise);
  await enterprise.getByRole('radio', { name: '无' }).check({ force: true });
  await nextStep(enterprise);
  await enterprise.getByTestId('pledge').click();
  await enterprise.getByRole('button', { name: '提交申报' }).click();
  await enterprise.getByTestId('application-status').filter({ hasText: '已提交' }).waitFor();
  await screenshot(enterprise, 'enterprise-submitted');

  // the county checks each claim, queries one, and forwards it
  const county = await signIn('yuelu', '/app/review/inbox');
  await openFromInbox(county, ENT03);
  const checks = county.getByTestId('claim-checks');
  await checks.getByRole('radiogroup', { name: 'SW03' }).getByText('存疑待核').click();
  await checks.getByLabel('SW03 意见').fill('请补充新产品检测报告。');
  await checks.getByRole('button', { name: '保存审查记录' }).click();
  await county.getByText('审查记录已保存').waitFor();
  await screenshot(county, 'county-review');
  await decide(county, '审核通过，报送市州', '经核实，申报材料真实完整，同意报送市州审查。');
  await county.getByTestId('application-status').filter({ hasText: '市级审查' }).waitFor();

  // the city recommends it, ranks, downloads the letter and sends the stamped scan
  const city = await signIn('changsha', '/app/review/inbox');
  await city.getByRole('cell', { name: new RegExp(ENT03) }).first().waitFor();
  await screenshot(city, 'city-inbox');
  await openFromInbox(city, ENT03);
  await saveChecks(city);
  await decide(city, '推荐', '该企业品牌影响力突出，同意推荐。');
  await stampAndSend(city, '长沙市工业和信息化局', 'city-recommendation');

  // the province passes it in preliminary review
  const province = await signIn('province', '/app/review/inbox');
  await openFromInbox(province, ENT03);
  await screenshot(province, 'province-preliminary-review');
  await decide(province, '初审通过', '符合申报条件，同意进入专家评审。');
  await province.getByTestId('application-status').filter({ hasText: '初审通过' }).waitFor();

  // the enterprise sees every decision with who, which unit and why
  await enterprise.reload();
  await enterprise.getByRole('tab', { name: '审查决定记录' }).click();
  const entries = enterprise.getByTestId('decision-entry');
  await entries.nth(2).waitFor();
  await screenshot(enterprise, 'enterprise-decisions');
  assert.deepEqual(
    (await entries.allInnerTexts()).map((text) => text.split('\n')[0]),
    ['县市区审查', '市州审查', '省级初审'],
  );
  assert.match(await entries.nth(0).innerText(), /长沙市岳麓区工业和信息化局/);
  // and was told at each step: the bell lists the unread notifications (also sent as mail)
  await enterprise.getByTestId('notifications').click();
  await enterprise.getByText('申报通过省级初审').first().waitFor();
});

walk(`${ENT04}: a 直管县 recommends straight to the province`, async () => {
  const county = await signIn('liuyang', '/app/review/inbox');
  await openFromInbox(county, ENT04);
  await saveChecks(county);
  await decide(county, '推荐', '烟花品牌国内领先，同意推荐。');
  await stampAndSend(county, '浏阳市工业和信息化局', 'direct-county-recommendation');

  const province = await signIn('province', '/app/review/inbox');
  await openFromInbox(province, ENT04);
  await decide(province, '初审通过', '符合申报条件，同意进入专家评审。');
  await province.getByTestId('application-status').filter({ hasText: '初审通过' }).waitFor();
});

walk('the province dashboard counts applications by 市州, industry and step, with the numbers beside each chart', async () => {
  const province = await signIn('province', '/app/province/dashboard');
  const total = Number((await province.getByTestId('statistics-total').innerText()).replace(/\D/g, ''));
  assert.ok(total >= 6, `the six demo submissions at least, counted ${total}`);
  await province.getByTestId('statistics-city').getByRole('cell', { name: '长沙市' }).waitFor();
  await province.getByTestId('statistics-status').getByRole('cell', { name: '初审通过' }).waitFor();
  await province.locator('canvas').first().waitFor();
  await screenshot(province, 'province-dashboard');
});
