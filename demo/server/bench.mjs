// Throughput and latency of POST /api/responses on this machine: the real collector (the bundle in
// demo/server/.build, built by `npm run bench:server`) on a fresh, seeded SQLite file (or the
// PostgreSQL of DATABASE_URL, used as it is), with the rate limit off, hit by CONCURRENCY
// keep-alive connections for SECONDS seconds: new ids first, then new revisions of those ids.
// Prints requests/s and the p50/p99/max latency of each phase. No assertion: figures only.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);
const SECONDS = Number(process.env.SECONDS ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'collector-bench-'));
const env = {
  ...process.env,
  PORT: '0',
  QUIET: '1',
  RATE_LIMIT: '0',
  COLLECTOR_DB: join(dir, 'bench.sqlite'),
};
const proc = spawn(process.execPath, [new URL('.build/collector.mjs', import.meta.url).pathname], {
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});
let out = '';
const base = await new Promise((resolve, reject) => {
  proc.stdout.on('data', (b) => {
    out += b;
    const m = /listening on (http:\/\/\S+)/.exec(out);
    if (m) resolve(m[1]);
  });
  proc.on('exit', (code) => reject(new Error(`collector exited ${code}\n${out}`)));
});
console.log(out.trim());

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const url = new URL('/api/responses', base);
/** One POST; resolves with [status, ms]. */
const send = (body) =>
  new Promise((resolve, reject) => {
    const t = performance.now();
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve([res.statusCode, performance.now() - t]));
      },
    );
    req.on('error', reject);
    req.end(body);
  });

let serial = 0;
const ids = [];
const body = (id, revision) =>
  JSON.stringify({
    id,
    score: 9,
    category: 'promoter',
    comment: revision > 1 ? 'پشتیبانی خیلی سریع بود — great support' : undefined,
    question: 'How likely are you to recommend Acme to a friend or colleague?',
    locale: 'fa',
    page: 'https://www.example.com/checkout',
    submittedAt: new Date().toISOString(),
    properties: { segment: 'smb', plan: 'pro' },
    revision,
  });

async function phase(name, next) {
  const latencies = [];
  const statuses = {};
  const end = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const [status, ms] = await send(next());
        latencies.push(ms);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(2);
  console.log(
    `${name}: ${latencies.length} requests in ${elapsed.toFixed(1)} s = ${Math.round(latencies.length / elapsed)} req/s; ` +
      `latency p50 ${q(0.5)} ms, p99 ${q(0.99)} ms, max ${latencies.at(-1).toFixed(2)} ms; statuses ${JSON.stringify(statuses)}`,
  );
}

const uuid = (n) => `${n.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;
console.log(
  `POST /api/responses, ${CONCURRENCY} connections, ${SECONDS} s per phase, Node ${process.version}`,
);
await phase('new ids (201)', () => {
  const id = uuid(serial++);
  ids.push(id);
  return body(id, 1);
});
let k = 0;
await phase('higher revisions of stored ids (200)', () =>
  body(ids[k++ % ids.length], 2 + Math.floor(k / ids.length)),
);
agent.destroy();
proc.kill('SIGTERM');
await new Promise((r) => proc.once('exit', r));
rmSync(dir, { recursive: true, force: true });
