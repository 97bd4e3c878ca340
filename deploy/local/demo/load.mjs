// Loads the local stack's demo data through the real APIs, as the demo province officer. Running it again
// changes nothing: each step first looks for what it would create.
//   - a demo policy edition (the 2021 policy expired on 2026-06-01, so an open call today needs a newer one;
//     it is marked 演示数据 and is not a real document)
//   - this year's batch, open, with the caps of the 2023 call and deadlines on working days
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
