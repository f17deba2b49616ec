// Starts the real collector (the bundle in demo/server/.build) as a child process on a free
// loopback port, against a fresh database: a temporary SQLite file, or, when DATABASE_URL is set,
// a new PostgreSQL database created on that server for this test (and dropped after it).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const COLLECTOR = fileURLToPath(new URL('../collector.mjs', import.meta.url));
export const usingPostgres = !!process.env.DATABASE_URL;

export interface FreshDatabase {
  /** What the collector needs in its environment to use it. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A new empty database: a PostgreSQL database on DATABASE_URL's server, else a temporary SQLite file. */
export async function freshDatabase(): Promise<FreshDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'collector-test-'));
    return {
      env: { COLLECTOR_DB: join(dir, 'collector.sqlite') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `crm_test_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: u.toString() },
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface Collector {
  url: string;
  /** Everything the process printed. */
  output: () => string;
  stop(): Promise<void>;
}

/** Starts a collector with `env` (beside a fresh database's env) and waits for its URL; `args`: `['--demo']` serves the demo pages too. */
export async function startCollector(env: Record<string, string>, args: string[] = []): Promise<Collector> {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.COLLECTOR_TOKEN;
  const proc: ChildProcess = spawn(process.execPath, [COLLECTOR, ...args], {
    env: { ...base, PORT: '0', HOST: '127.0.0.1', QUIET: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`collector did not start:\n${out}`)), 90_000);
    const read = (b: Buffer) => {
      out += b;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    proc.stdout!.on('data', read);
    proc.stderr!.on('data', read);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`collector exited (${code}):\n${out}`));
    });
  });
  return {
    url,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}

let n = 0;
/** A version 4 UUID, different in every call. */
export const uuid = () => {
  const h = (n++).toString(16).padStart(12, '0');
  const r = Math.floor(Math.random() * 0xffffffff)
    .toString(16)
    .padStart(8, '0');
  return `${r}-0000-4000-8000-${h}`;
};

/** A valid NPS body (the kit's survey posts exactly this shape). */
export const npsBody = (over: Record<string, unknown> = {}): Record<string, unknown> & { id: string } => ({
  id: uuid(),
  score: 9,
  category: 'promoter',
  question: 'How likely are you to recommend us?',
  locale: 'en',
  page: 'https://shop.example/checkout',
  submittedAt: '2025-01-30T10:00:00Z',
  revision: 1,
  ...over,
});

/** POSTs JSON (or raw text) to the collector. */
export const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body == 'string' ? body : JSON.stringify(body),
  });
