// The stack's smoke test, run by `./sanpin test` after `./sanpin up --detach`: real Keycloak logins, real
// services, real PostgreSQL. Ends with the line "N passed, M failed".
import { execFileSync } from 'node:child_process';
import { APPLICATION_URL, call, claimsOf, expect, tokenFor } from './demo/api.mjs';

const api = `${APPLICATION_URL}/api/v1`;
const reviewApi = `${process.env.REVIEW_URL ?? 'http://127.0.0.1:8082'}/api/v1`;
const sanpin = new URL('../../sanpin', import.meta.url).pathname;
const results = [];
async function check(name, body) {
  try {
    await body();
    results.push(true);
    console.log(`  ✓ ${name}`);
  } catch (e) {
    results.push(false);
    console.log(`  ✗ ${name}\n      ${e.message}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const year = Number(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4));

await check('the demo province officer logs in and sees this year’s batch open', async () => {
  const page = await expect(200, 'GET', `${api}/batches?year=${year}`, await tokenFor('province'));
  assert(page.items.length === 1 && page.items[0].status === 'OPEN', `batch ${year}: ${JSON.stringify(page.items)}`);
});

await check('opening the batch is recorded with who, which unit and why', async () => {
  const province = await tokenFor('province');
  const page = await expect(200, 'GET', `${api}/batches?year=${year}`, province);
  const history = await expect(200, 'GET', `${api}/batches/${page.items[0].id}/history`, province);
  const opened = history.find((h) => h.action === 'BATCH_OPENED');
  assert(opened?.by === 'province' && opened.unit === '湖南省工业和信息化厅消费品工业处' && opened.reason, JSON.stringify(history));
});

await check('an enterprise token is refused creating a batch (403 problem in Chinese)', async () => {
  const result = await call('POST', `${api}/batches`, await tokenFor('ent01'), { year: 2027 });
  assert(result.status === 403 && result.body.title === '无权执行此操作', `${result.status} ${JSON.stringify(result.body)}`);
});

await check('a call without a token gets 401', async () => {
  const result = await call('GET', `${api}/batches`);
  assert(result.status === 401, `got ${result.status}`);
});

await check('officer tokens carry role, unit and region; enterprise tokens the credit code', async () => {
  const county = claimsOf(await tokenFor('liuyang'));
  assert(county.realm_access.roles.includes('county-officer') && county.region_code === '430181' && county.unit_name,
    JSON.stringify(county));
  const enterprise = claimsOf(await tokenFor('ent01'));
  assert(/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(enterprise.credit_code ?? ''), JSON.stringify(enterprise));
});

await check('an enterprise sees its facts from the platform (stub), with when they were retrieved', async () => {
  const me = await expect(200, 'GET', `${api}/enterprises/me`, await tokenFor('ent04'));
  assert(me.name === '浏阳花火烟花制造有限公司' && me.region.provinciallyAdministered === true && me.retrievedAt, JSON.stringify(me));
});

await check('a city officer cannot see an enterprise of a 直管县 in its city (404)', async () => {
  const result = await call('GET', `${api}/enterprises/91430181MA4N8R2P54`, await tokenFor('changsha'));
  assert(result.status === 404, `got ${result.status}`);
});

await check('demo applications are submitted in several regions; a county sees its own, a city not its 直管县', async () => {
  const province = await expect(200, 'GET', `${api}/applications`, await tokenFor('province'));
  const regions = new Set(province.items.map((a) => a.region.parentCode));
  assert(province.page.totalElements >= 6 && regions.size >= 4, JSON.stringify(province.page) + [...regions]);
  const liuyang = await expect(200, 'GET', `${api}/applications`, await tokenFor('liuyang'));
  assert(liuyang.items.length >= 1 && liuyang.items.every((a) => a.region.code === '430181'), JSON.stringify(liuyang.items));
  const changsha = await expect(200, 'GET', `${api}/applications`, await tokenFor('changsha'));
  assert(changsha.items.every((a) => a.region.code !== '430181'), 'a city sees its 直管县');
});

await check('demo review is under way: 湘潭市 has ent06 forwarded, the province 长沙市’s stamped recommendation of ent01', async () => {
  const xiangtan = await expect(200, 'GET', `${api}/applications?awaitingMe=true`, await tokenFor('xiangtan'));
  assert(xiangtan.items.length === 1 && xiangtan.items[0].status === 'CITY_REVIEW', JSON.stringify(xiangtan.items));
  const [batch] = (await expect(200, 'GET', `${api}/batches?year=${year}`, await tokenFor('province'))).items;
  const changsha = await expect(200, 'GET', `${api}/batches/${batch.id}/recommendation`, await tokenFor('changsha'));
  assert(changsha.status === 'FINAL' && changsha.entries.length === 1 && changsha.scan, JSON.stringify(changsha));
  const province = await expect(200, 'GET', `${api}/applications?status=RECOMMENDED`, await tokenFor('province'));
  assert(province.items.length === 1 && province.items[0].region.code === '430104', JSON.stringify(province.items));
});

await check('review-service stopped while the province passes preliminary review; started again, it receives the application exactly once', async () => {
  const province = await tokenFor('province');
  const [recommended] = (await expect(200, 'GET', `${api}/applications?status=RECOMMENDED`, province)).items;
  const application = await expect(200, 'GET', `${api}/applications/${recommended.id}`, province);
  execFileSync(sanpin, ['stop', 'review-service'], { stdio: 'ignore' });
  const passed = await expect(200, 'POST', `${api}/applications/${application.id}/decisions`, province,
    { kind: 'PASS', opinion: '符合申报条件，同意进入专家评审。', version: application.version });
  assert(passed.status === 'PRELIMINARY_PASSED', passed.status);
  const env = { ...process.env };
  delete env.SANPIN_FRESH_DATABASES; // never wipe the running stack's data
  execFileSync(sanpin, ['up', '--detach'], { stdio: 'ignore', env });
  let received = [];
  for (let waited = 0; waited < 120 && received.length === 0; waited++) {
    const page = await expect(200, 'GET', `${reviewApi}/intake/applications?size=100`, await tokenFor('province'));
    received = page.items.filter((r) => r.applicationId === application.id);
    if (received.length === 0) await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  assert(received.length === 1 && received[0].enterpriseName === application.enterpriseName, `received ${JSON.stringify(received)}`);
});

/** Restarts application-service with its clock moved ahead by `days` (0: the real time again). */
function restartApplicationService(days) {
  execFileSync(sanpin, ['stop', 'application-service'], { stdio: 'ignore' });
  const env = { ...process.env, SANPIN_CLOCK_OFFSET: `P${days}D` };
  delete env.SANPIN_FRESH_DATABASES; // never wipe the running stack's data
  execFileSync(sanpin, ['up', '--detach'], { stdio: 'ignore', env });
}

await check('a province return, after the county’s and city’s deadline, is resubmitted in time and comes back to the province', async () => {
  const [batch] = (await expect(200, 'GET', `${api}/batches?year=${year}`, await tokenFor('province'))).items;
  const xiangtan = await tokenFor('xiangtan');
  const [forwarded] = (await expect(200, 'GET', `${api}/applications?awaitingMe=true`, xiangtan)).items;
  let application = await expect(200, 'GET', `${api}/applications/${forwarded.id}`, xiangtan);
  const items = ['BC1', 'BC2', 'BC3', 'BC4', 'BC5', 'BC6', 'BC7', ...application.content.specialWorks.map((w) => w.code)];
  const unchecked = await call('POST', `${api}/applications/${application.id}/decisions`, xiangtan,
    { kind: 'RECOMMEND', opinion: '未审查即推荐', version: application.version });
  assert(unchecked.status === 422 && unchecked.body.errors.length === items.length, `unchecked: ${JSON.stringify(unchecked.body)}`);
  await expect(200, 'PUT', `${api}/applications/${application.id}/checks`, xiangtan,
    items.map((item) => ({ item, verdict: 'ACCEPTED', comment: '经核实属实' })));
  await expect(200, 'POST', `${api}/applications/${application.id}/decisions`, xiangtan,
    { kind: 'RECOMMEND', opinion: '同意推荐。', version: application.version });
  await expect(200, 'PUT', `${api}/batches/${batch.id}/recommendation/scan?fileName=${encodeURIComponent('盖章推荐函.pdf')}`, xiangtan,
    Buffer.from('%PDF-1.4\n% 盖章推荐函（冒烟测试）\n%%EOF\n', 'utf8'));

  // the day after the local recommendation deadline: the province returns it
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const days = Math.round((Date.parse(batch.schedule.recommendationDueOn) - Date.parse(today)) / 86400000) + 1;
  restartApplicationService(days);
  try {
    const province = await tokenFor('province');
    application = await expect(200, 'GET', `${api}/applications/${application.id}`, province);
    const returned = await expect(200, 'POST', `${api}/applications/${application.id}/decisions`, province,
      { kind: 'RETURN', opinion: '请补充近三年审计报告。', version: application.version });
    assert(returned.status === 'RETURNED' && returned.resubmission?.stage === 'PROVINCE', JSON.stringify(returned.resubmission));

    const enterprise = await tokenFor('ent06');
    const mine = await expect(200, 'GET', `${api}/applications/${application.id}`, enterprise);
    const resubmitted = await expect(200, 'POST', `${api}/applications/${application.id}/submit`, enterprise,
      { version: mine.version, pledgeAccepted: true }, { 'Idempotency-Key': `smoke-${Date.now()}` });
    assert(resubmitted.status === 'RECOMMENDED' && resubmitted.reviewingRegion === '430000', `${resubmitted.status} at ${resubmitted.reviewingRegion}`);
    const atProvince = await expect(200, 'GET', `${api}/applications/${application.id}`, province);
    assert(atProvince.turn?.decisions.includes('PASS'), `the province's turn: ${JSON.stringify(atProvince.turn)}`);
  } finally {
    restartApplicationService(0);
  }
});

await check('mail goes out over SMTP to the addresses in Keycloak: the county officer on submission, the enterprise on its result', async () => {
  const mailbox = `http://127.0.0.1:${process.env.SANPIN_MAIL_HTTP_PORT ?? 8025}/messages`;
  let messages = [];
  const mailed = (to, subject) => messages.some((m) => m.to.includes(to) && m.subject.includes(subject));
  for (let waited = 0; waited < 60 && !(mailed('liuyang@demo.sanpin.local', '') && mailed('ent01@demo.sanpin.local', '初审')); waited++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    messages = await (await fetch(mailbox)).json();
  }
  assert(mailed('liuyang@demo.sanpin.local', '') && mailed('ent01@demo.sanpin.local', '初审'),
    messages.map((m) => `${m.to} ${m.subject}`).join('; ') || 'no mail at all');
});

await check('an enterprise registers (checked against the platform), then logs in as its credit code', async () => {
  const code = '91430481MA4U6C2M8A'; // ent09 in the fixture, registering itself
  const result = await call('POST', `${api}/public/enterprise-registrations`, undefined, { creditCode: code,
    legalRepresentative: '欧阳竹', contactName: '欧阳联络', contactPhone: '13807340000', contactEmail: 'ent09@example.cn',
    password: 'Zhuyun@2026!' });
  assert(result.status === 201 || (result.status === 409 && result.body.title === '账号已存在'), `${result.status} ${JSON.stringify(result.body)}`);
  const claims = claimsOf(await tokenFor(code, 'Zhuyun@2026!'));
  assert(claims.credit_code === code && claims.region_code === '430481' && claims.realm_access.roles.includes('enterprise'),
    JSON.stringify(claims));
});

await check('sysadmin creates a county officer (password to be changed at first login); a province officer cannot', async () => {
  const result = await call('POST', `${api}/accounts/officers`, await tokenFor('sysadmin'), { username: 'leiyang',
    fullName: '耒阳经办人', email: 'leiyang@example.cn', role: 'county-officer', regionCode: '430481',
    unitName: '耒阳市工业和信息化局', temporaryPassword: 'Leiyang@2026!' });
  assert(result.status === 201 || result.status === 409, `${result.status} ${JSON.stringify(result.body)}`);
  const refused = await call('POST', `${api}/accounts/officers`, await tokenFor('province'), { username: 'x1', fullName: 'x',
    email: 'x@example.cn', role: 'province-officer', regionCode: '430000', unitName: 'x', temporaryPassword: 'Xxxxxx@2026!' });
  assert(refused.status === 403, `province created an account: ${refused.status}`);
});

await check('health, metrics and the contract are on each service\'s management port, not beside its API', async () => {
  const services = [
    [process.env.SANPIN_APPLICATION_PORT ?? 8081, process.env.SANPIN_APPLICATION_MANAGEMENT_PORT ?? 9081],
    [process.env.SANPIN_REVIEW_PORT ?? 8082, process.env.SANPIN_REVIEW_MANAGEMENT_PORT ?? 9082],
    [process.env.SANPIN_REGISTRY_PORT ?? 8083, process.env.SANPIN_REGISTRY_MANAGEMENT_PORT ?? 9083],
  ];
  for (const [apiPort, managementPort] of services) {
    for (const path of ['/q/health/ready', '/q/metrics', '/q/openapi']) {
      const management = await fetch(`http://127.0.0.1:${managementPort}${path}`);
      assert(management.status === 200, `:${managementPort}${path} answered ${management.status}`);
      const beside = await fetch(`http://127.0.0.1:${apiPort}${path}`);
      assert(beside.status === 404, `:${apiPort}${path} answered ${beside.status}, not 404`);
    }
  }
});

await check('a wrong password is refused by Keycloak', async () => {
  const refused = await tokenFor('expert01', 'wrong-password').then(() => false, () => true);
  assert(refused, 'a wrong password was accepted');
  await tokenFor('expert01'); // a good login clears the failure count, so repeated runs never lock the demo user

});

const passed = results.filter(Boolean).length;
console.log(`\nsmoke: ${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
