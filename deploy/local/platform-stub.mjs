// A stand-in for the provincial 企业服务平台 on a developer's machine (the real one cannot be reached from here).
// Serves openapi/platform.yaml from demo/enterprises.json; requires our key; remembers result pushes by
// Idempotency-Key. Plain Node 20, no dependencies. Usage: node platform-stub.mjs [port]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const port = Number(process.argv[2] ?? process.env.PLATFORM_PORT ?? 8090);
const key = process.env.SANPIN_PLATFORM_KEY ?? 'local-platform-key';
const enterprises = new Map(
  JSON.parse(readFileSync(new URL('./demo/enterprises.json', import.meta.url), 'utf8'))
    .map(({ username, industryName, ...facts }) => [facts.creditCode, facts]),
);
const pushes = new Map();

// Benchmark enterprises (deploy/bench): codes whose organisation part starts with "BN" get a plausible record, so
// a thousand of them need no fixture.
function benchmarkEnterprise(code) {
  if (code.slice(8, 10) !== 'BN') return undefined;
  return { creditCode: code, name: `压测企业${code.slice(10, 17)}（演示）`, legalPerson: true, legalRepresentative: '压测代表',
    establishedOn: '2015-01-01', regionCode: code.slice(2, 8), industryCode: '1491', aboveDesignatedSize: true,
    reportsNormally: true, blacklisted: false,
    revenueByYear: [2023, 2024, 2025].map((year) => ({ year, revenueTenThousandYuan: 50000, profitTenThousandYuan: 4000, taxTenThousandYuan: 3000 })) };
}

function send(response, status, body) {
  response.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

createServer((request, response) => {
  if (request.headers['x-platform-key'] !== key) return send(response, 401);
  const facts = request.url.match(/^\/v1\/enterprises\/([0-9A-Z]{18})$/);
  if (request.method === 'GET' && facts) {
    const record = enterprises.get(facts[1]) ?? benchmarkEnterprise(facts[1]);
    return record ? send(response, 200, { ...record, retrievedAt: new Date().toISOString() }) : send(response, 404);
  }
  if (request.method === 'POST' && request.url === '/v1/benchmark-results') {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', () => {
      const id = request.headers['idempotency-key'];
      if (!id) return send(response, 400);
      if (!pushes.has(id)) pushes.set(id, JSON.parse(body || '{}'));
      send(response, 202);
    });
    return undefined;
  }
  return send(response, 404);
}).listen(port, '127.0.0.1', () => console.log(`READY platform stub on 127.0.0.1:${port} (${enterprises.size} enterprises)`));
