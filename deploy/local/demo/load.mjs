// Loads the local stack's demo data through the real APIs, as the demo province officer. Running it again
// changes nothing: each step first looks for what it would create.
//   - a demo policy edition (the 2021 policy expired on 2026-06-01, so an open call today needs a newer one;
//     it is marked 演示数据 and is not a real document)
//   - this year's batch, open, with the caps of the 2023 call and deadlines on working days
//   - applications: six enterprises in four 市州 (one in the 直管县 浏阳) submitted, one draft
//   - local review under way: 雨湖区 forwarded ent06 to 湘潭市; 岳麓区 forwarded ent01 and 长沙市 recommended it with
//     its stamped letter, so the province has one application for preliminary review; ent02, ent04 (at the 直管县
//     浏阳市), ent08 and ent10 wait at their counties
//   - demo users of every role come from deploy/keycloak/sanpin-realm.json; demo enterprises from enterprises.json
import { readFileSync } from 'node:fs';
import { APPLICATION_URL, DEMO_PASSWORD, expect, tokenFor } from './api.mjs';

const api = `${APPLICATION_URL}/api/v1`;
const province = await tokenFor('province');

const DEMO_EDITION = {
  documentNumber: 'DEMO-2026-01',
  title: '湖南省消费品工业“三品”标杆企业培育办法（2026年修订·演示数据）',
  issuer: '湖南省工业和信息化厅',
  publishedOn: '2026-06-02', effectiveFrom: '2026-06-02', expiresOn: '2031-06-01',
  annualQuota: 100, minimumSpecialWorks: 6, reReviewPeriodYears: 3, badRecordLookbackYears: 3, brandSpendingLookbackYears: 3,
};

const editions = await expect(200, 'GET', `${api}/policy-editions`, province);
let edition = editions.find((e) => e.documentNumber === DEMO_EDITION.documentNumber);
if (!edition) {
  edition = await expect(201, 'POST', `${api}/policy-editions`, province, DEMO_EDITION);
  console.log(`  created demo policy edition ${edition.documentNumber}`);
}

const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
const year = Number(today.slice(0, 4));
const existing = await expect(200, 'GET', `${api}/batches?year=${year}`, province);
let batch = existing.items[0];
if (!batch) {
  const workingDaysAfter = async (from, add) =>
    (await expect(200, 'GET', `${api}/calendar/working-days?from=${from}&add=${add}`, province)).to;
  const monthAgo = new Date(Date.parse(today) - 30 * 86400000).toISOString().slice(0, 10);
  const opens = monthAgo.startsWith(String(year)) ? monthAgo : `${year}-01-01`;
  const closes = await workingDaysAfter(today, 20);
  const recommendation = await workingDaysAfter(closes, 10);
  const preliminary = await workingDaysAfter(recommendation, 10);
  const expert = await workingDaysAfter(preliminary, 10);
  batch = await expect(201, 'POST', `${api}/batches`, province, {
    year, title: `${year}年湖南省消费品工业“三品”标杆企业申报（演示）`, editionId: edition.id, quota: 40,
    schedule: {
      applicationOpensOn: opens, applicationClosesOn: closes, recommendationDueOn: recommendation,
      preliminaryReviewDueOn: preliminary, expertReviewDueOn: expert, publicityWorkingDays: 5,
    },
    recommendationCaps: [
      { unitKind: 'CITY', cityCode: '430100', maxRecommendations: 15 },
      { unitKind: 'CITY', maxRecommendations: 10 },
      { unitKind: 'PROVINCIALLY_ADMINISTERED_COUNTY', cityCode: '430100', maxRecommendations: 5 },
      { unitKind: 'PROVINCIALLY_ADMINISTERED_COUNTY', maxRecommendations: 3 },
    ],
    reservePoolPriority: true, summaryTableRequired: true, rubricCode: 'DEFAULT-2021',
    requiredAttachments: ['营业执照', '近三年财务审计报告', '诚信承诺书'],
  });
  console.log(`  created batch ${batch.year} (applications ${opens} – ${closes})`);
}
if (batch.status === 'DRAFT') {
  batch = await expect(200, 'POST', `${api}/batches/${batch.id}/open`, province, { reason: `发布${year}年度申报通知（演示）` });
  console.log(`  opened batch ${batch.year}`);
}

// Applications: six enterprises in four 市州 (one in the 直管县 浏阳) submit complete applications while the
// window is open; ent03 keeps a draft. Each step is skipped when already done.
const SUBMITTERS = ['ent01', 'ent02', 'ent04', 'ent06', 'ent08', 'ent10'];
const DRAFTERS = ['ent03'];
if (batch.schedule.applicationOpensOn <= today && today <= batch.schedule.applicationClosesOn) {
  for (const username of [...SUBMITTERS, ...DRAFTERS]) {
    const token = await tokenFor(username);
    const mine = await expect(200, 'GET', `${api}/applications?batchId=${batch.id}`, token);
    let application = mine.items[0]
      ? await expect(200, 'GET', `${api}/applications/${mine.items[0].id}`, token)
      : await expect(201, 'POST', `${api}/applications`, token, { batchId: batch.id });
    if (application.status !== 'DRAFT' || !SUBMITTERS.includes(username)) continue;
    application = await fillIn(application, token);
    await submit(application, token);
    console.log(`  ${username} submitted its application`);
  }
}

// Local review, each step only where the application still waits for it.
const statusOf = async (username) => {
  const token = await tokenFor(username);
  const mine = await expect(200, 'GET', `${api}/applications?batchId=${batch.id}`, token);
  return mine.items[0] && expect(200, 'GET', `${api}/applications/${mine.items[0].id}`, token);
};
async function decide(officer, enterprise, fromStatus, kind, opinion) {
  const application = await statusOf(enterprise);
  if (application?.status !== fromStatus) return;
  const token = await tokenFor(officer);
  const list = kind === 'RECOMMEND' && await expect(200, 'GET', `${api}/batches/${batch.id}/recommendation`, token);
  if (list && list.entries.some((e) => e.application.id === application.id)) return;
  if (kind === 'RECOMMEND') { // the recommending unit's 真实性、完整性审查 is on record first
    const items = ['BC1', 'BC2', 'BC3', 'BC4', 'BC5', 'BC6', 'BC7', ...application.content.specialWorks.map((w) => w.code)];
    await expect(200, 'PUT', `${api}/applications/${application.id}/checks`, token,
      items.map((item) => ({ item, verdict: 'ACCEPTED', comment: '经核实属实（演示）' })));
  }
  await expect(200, 'POST', `${api}/applications/${application.id}/decisions`, token, { kind, opinion, version: application.version });
  console.log(`  ${officer}: ${kind} ${enterprise}`);
}
async function stampLetter(officer) {
  const token = await tokenFor(officer);
  const list = await expect(200, 'GET', `${api}/batches/${batch.id}/recommendation`, token);
  if (list.status !== 'DRAFT' || list.entries.length === 0) return;
  const scan = Buffer.from('%PDF-1.4\n% 盖章推荐函（演示）\n%%EOF\n', 'utf8');
  await expect(200, 'PUT', `${api}/batches/${batch.id}/recommendation/scan?fileName=${encodeURIComponent('盖章推荐函.pdf')}`, token, scan);
  console.log(`  ${officer}: uploaded the stamped recommendation letter`);
}
await decide('yuhu', 'ent06', 'SUBMITTED', 'FORWARD', '经核实，申报材料真实完整，同意报送市州审查。（演示）');
await decide('yuelu', 'ent01', 'SUBMITTED', 'FORWARD', '经核实，申报材料真实完整，同意报送市州审查。（演示）');
await decide('changsha', 'ent01', 'CITY_REVIEW', 'RECOMMEND', '该企业三品工作成效显著，同意推荐。（演示）');
await stampLetter('changsha');

async function fillIn(application, token) {
  const years = [batch.year - 3, batch.year - 2, batch.year - 1];
  const works = [];
  for (const code of ['SW01', 'SW02', 'SW03', 'SW05', 'SW07', 'SW09']) {
    const evidence = await upload(application.id, `${code}佐证材料.pdf`, code, token);
    works.push({ code, periodFrom: `${years[0]}-01-01`, periodTo: `${years[2]}-12-31`, description: `开展${code}专项工作（演示）`,
      results: '新增产品、获得认证（演示）', evidenceIds: [evidence.id] });
  }
  const amounts = years.map((year, i) => ({ year, amountTenThousandYuan: 1800 + 200 * i }));
  const content = {
    economicContribution: { figures: years.map((year, i) => ({ year, revenueTenThousandYuan: 60000 + 5000 * i,
      profitTenThousandYuan: 5200 + 400 * i, taxTenThousandYuan: 3900 + 300 * i })) },
    innovation: { rdSpending: amounts, rdInstitutionLevel: 'PROVINCIAL', rdInstitutionName: '省级企业技术中心（演示）',
      researchStaff: 60, talentTeam: '研发团队60人（演示）' },
    intellectualProperty: { inventionPatents: 8, trademarks: 5, standardsLed: 2, leadingProducts: '主导产品省内领先（演示）' },
    technicalTransformation: { investment: amounts, smartFactory: '智能工厂建设（演示）' },
    brand: { brandPlan: '自主品牌五年规划（演示）', brandTalent: '品牌营销团队（演示）', promotionSpending: amounts },
    credit: { majorIncidents: [] },
    specialWorks: works,
  };
  return expect(200, 'PUT', `${api}/applications/${application.id}/content`, token, { version: application.version, content });
}

function upload(applicationId, fileName, claim, token) {
  const pdf = Buffer.from(`%PDF-1.4\n% ${fileName}（演示佐证材料）\n%%EOF\n`, 'utf8');
  return expect(201, 'POST', `${api}/applications/${applicationId}/evidence?fileName=${encodeURIComponent(fileName)}&claim=${claim}`,
    token, pdf);
}

function submit(application, token) {
  return expect(200, 'POST', `${api}/applications/${application.id}/submit`, token,
    { version: application.version, pledgeAccepted: true }, { 'idempotency-key': `demo-${application.id}` });
}

const realm = JSON.parse(readFileSync(new URL('../../keycloak/sanpin-realm.json', import.meta.url), 'utf8'));
const enterprises = JSON.parse(readFileSync(new URL('./enterprises.json', import.meta.url), 'utf8'));
console.log(`\n  Demo batch: ${batch.title} — ${batch.status}, applications ${batch.schedule.applicationOpensOn} – ${batch.schedule.applicationClosesOn}`);
console.log(`  Demo users (password for all: ${DEMO_PASSWORD})`);
for (const user of (realm.users ?? []).filter((u) => !u.serviceAccountClientId)) {
  const role = (user.realmRoles ?? []).find((r) => r !== 'default-roles-sanpin' && r !== 'offline_access' && r !== 'uma_authorization') ?? '';
  if (role === 'enterprise') continue;
  const unit = user.attributes?.unitName?.[0] ?? '';
  console.log(`    ${user.username.padEnd(10)} ${role.padEnd(17)} ${unit}`);
}
console.log(`  ${enterprises.length} demo enterprises:`);
for (const e of enterprises) console.log(`    ${e.username.padEnd(10)} enterprise        ${e.name}（${e.creditCode}，${e.regionCode}）`);
