// Benchmark (issue 4): N enterprises, C at a time, each uploads 2 MB of evidence (six files, one per special work,
// as submission requires) and then submits, against the running local stack on loopback. Reports evidence
// throughput, p50/p99 of upload and submit, errors, and application-service's peak RSS; then counts the rows and
// re-hashes every stored blob in PostgreSQL. Node 20, no dependencies. Run through deploy/bench/run.sh.
import { readFileSync, readdirSync } from 'node:fs';
import { createHash, randomFillSync } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { APPLICATION_URL, KC_URL, call, expect, tokenFor } from '../local/demo/api.mjs';

const N = Number(process.env.BENCH_ENTERPRISES ?? 1000);
const C = Number(process.env.BENCH_CONCURRENCY ?? 200);
const FIRST = Number(process.env.BENCH_FIRST ?? 1); // a fresh range measures fresh enterprises
const BYTES_PER_ENTERPRISE = 2 * 1024 * 1024;
const WORKS = ['SW01', 'SW02', 'SW03', 'SW05', 'SW07', 'SW09'];
const PASSWORD = 'Bench@2026!';
const api = `${APPLICATION_URL}/api/v1`;
const servicePid = readFileSync(new URL('../../.local/pids/application-service.pid', import.meta.url), 'utf8').trim();

// GB 32100-2015 check character (the services validate every code)
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function creditCode(i) {
  const first17 = `91430104BN${String(i).padStart(7, '0')}`;
  const sum = [...first17].reduce((s, c, k) => s + ALPHABET.indexOf(c) * WEIGHTS[k], 0);
  return first17 + ALPHABET[(31 - (sum % 31)) % 31];
}

async function pool(items, concurrency, work) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

function peakRssMb() {
  const status = readFileSync(`/proc/${servicePid}/status`, 'utf8');
  return Number(status.match(/VmHWM:\s+(\d+)/)[1]) / 1024;
}

// CPU seconds so far: the whole machine (busy, not idle or waiting on I/O), application-service, every PostgreSQL
// process, and this load generator. The run's share of each says whether the machine was the limit, and who used it.
const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on
function processTicks(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime, stime
}
function cpuSeconds() {
  const [, ...machine] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const idle = machine[3] + machine[4];
  let postgres = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') postgres += processTicks(pid);
    } catch { /* the process ended meanwhile */ }
  }
  const own = process.cpuUsage();
  return { machine: (machine.reduce((a, b) => a + b, 0) - idle) / TICKS_PER_SECOND, service: processTicks(servicePid) / TICKS_PER_SECOND,
    postgres: postgres / TICKS_PER_SECOND, generator: (own.user + own.system) / 1e6 };
}

// --- setup (not measured): Keycloak users and their tokens
// the master realm's admin tokens live 60 s; creating a thousand users takes longer
let admin = { token: null, at: 0 };
async function adminToken() {
  if (!admin.token || performance.now() - admin.at > 30_000) {
    const answer = await fetch(`${KC_URL}/realms/master/protocol/openid-connect/token`, { method: 'POST',
      body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' }) });
    admin = { token: (await answer.json()).access_token, at: performance.now() };
  }
  return admin.token;
}
const enterprises = Array.from({ length: N }, (_, i) => ({ code: creditCode(FIRST + i) }));
console.log(`setup: ${N} benchmark enterprises in Keycloak…`);
await pool(enterprises, 10, async (e) => {
  const result = await call('POST', `${KC_URL}/admin/realms/sanpin/users`, await adminToken(), { username: e.code, enabled: true,
    emailVerified: true, firstName: '压测', email: `${e.code}@bench.sanpin.local`,
    attributes: { creditCode: [e.code], regionCode: ['430104'], unitName: [`压测企业${e.code}`] },
    credentials: [{ type: 'password', value: PASSWORD, temporary: false }] });
  if (result.status !== 201 && result.status !== 409) throw new Error(`user ${e.code}: ${result.status}`);
  if (result.status === 201) {
    const [user] = (await call('GET', `${KC_URL}/admin/realms/sanpin/users?username=${e.code}&exact=true`, await adminToken())).body;
    const role = (await call('GET', `${KC_URL}/admin/realms/sanpin/roles/enterprise`, await adminToken())).body;
    await call('POST', `${KC_URL}/admin/realms/sanpin/users/${user.id}/role-mappings/realm`, await adminToken(), [role]);
  }
});
await pool(enterprises, 10, async (e) => { e.token = await tokenFor(e.code, PASSWORD); });
const batch = (await expect(200, 'GET', `${api}/batches?status=OPEN&sort=year,desc`, await tokenFor('province'))).items[0];
console.log(`setup: tokens ready; batch ${batch.year}; ${C} at a time`);

// --- measured: create, upload 2 MB in six files, fill in, submit
const fileBytes = Math.floor(BYTES_PER_ENTERPRISE / WORKS.length);
// Random bytes behind a PDF header (real evidence, PDF, JPEG, PNG, docx, is compressed, so incompressible), made
// and hashed before the clock starts: the load generator shares the machine's cores with the service under test.
const evidenceFiles = Array.from({ length: 64 }, () => {
  const bytes = randomFillSync(Buffer.allocUnsafe(fileBytes));
  Buffer.from('%PDF-1.7\n').copy(bytes);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
});
const uploads = [];
const submits = [];
let errors = 0;
let uploadedBytes = 0;
const cpuBefore = cpuSeconds();
const started = performance.now();
await pool(enterprises, C, async (e) => {
  try {
    const mine = await expect(200, 'GET', `${api}/applications?batchId=${batch.id}`, e.token);
    let application = mine.items[0] ? await expect(200, 'GET', `${api}/applications/${mine.items[0].id}`, e.token)
      : await expect(201, 'POST', `${api}/applications`, e.token, { batchId: batch.id });
    if (application.status !== 'DRAFT') return;
    const works = [];
    for (const code of WORKS) {
      const file = evidenceFiles[(uploads.length + errors) % evidenceFiles.length];
      const t = performance.now();
      const evidence = await expect(201, 'POST', `${api}/applications/${application.id}/evidence?fileName=${code}.pdf&claim=${code}`, e.token, file.bytes);
      uploads.push(performance.now() - t);
      uploadedBytes += file.bytes.length;
      if (evidence.sha256 !== file.sha256) throw new Error('hash differs');
      works.push({ code, description: '压测', evidenceIds: [evidence.id] });
    }
    const years = [batch.year - 3, batch.year - 2, batch.year - 1];
    const amounts = years.map((year) => ({ year, amountTenThousandYuan: 1000 }));
    application = await expect(200, 'PUT', `${api}/applications/${application.id}/content`, e.token, { version: application.version,
      content: { economicContribution: { figures: years.map((year) => ({ year, revenueTenThousandYuan: 50000, profitTenThousandYuan: 4000, taxTenThousandYuan: 3000 })) },
        innovation: { rdSpending: amounts, rdInstitutionLevel: 'CITY', talentTeam: '压测' },
        intellectualProperty: { leadingProducts: '压测' }, technicalTransformation: { investment: amounts },
        brand: { brandPlan: '压测', promotionSpending: amounts }, credit: { majorIncidents: [] }, specialWorks: works } });
    const t = performance.now();
    await expect(200, 'POST', `${api}/applications/${application.id}/submit`, e.token, { version: application.version, pledgeAccepted: true },
      { 'idempotency-key': `bench-${application.id}` });
    submits.push(performance.now() - t);
  } catch (failure) {
    errors++;
    if (errors <= 5) console.log(`  error: ${failure.message.slice(0, 300)}`);
  }
});
const seconds = (performance.now() - started) / 1000;
const cpuAfter = cpuSeconds();
const cores = (part) => ((cpuAfter[part] - cpuBefore[part]) / seconds).toFixed(2);
const megabytes = uploadedBytes / 1048576;

const ms = (v) => `${v.toFixed(0)} ms`;
console.log(`\nbenchmark: ${N} enterprises, ${C} at a time, ${megabytes.toFixed(0)} MB of evidence in ${seconds.toFixed(1)} s`);
console.log(`  evidence throughput   ${(megabytes / seconds).toFixed(1)} MB/s (whole run, including saves and submits)`);
console.log(`  upload  p50 / p99     ${ms(percentile(uploads, 50))} / ${ms(percentile(uploads, 99))}  (${uploads.length} files of ${(fileBytes / 1024).toFixed(0)} KB)`);
console.log(`  submit  p50 / p99     ${ms(percentile(submits, 50))} / ${ms(percentile(submits, 99))}  (${submits.length} submissions)`);
console.log(`  errors                ${errors}`);
console.log(`  application-service peak RSS ${peakRssMb().toFixed(0)} MB`);
console.log(`  CPU, cores busy of ${availableParallelism()}: machine ${cores('machine')}; application-service ${cores('service')}`
  + ` (${((cpuAfter.service - cpuBefore.service) * 1000 / megabytes).toFixed(1)} ms per MB), PostgreSQL ${cores('postgres')},`
  + ` load generator ${cores('generator')}`);
