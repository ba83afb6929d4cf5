/**
 * Shared helpers for the click-analytics suites (GitHub issue 6): user agents, `/metrics`
 * parsing, bounded polling, a clock that can be moved, reading stored clicks, and the
 * interstitial's data block.
 */
import SQLite from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { expect } from 'vitest';
import type { Clock } from '../../src/core/ports.js';
import type { Database, Engine } from '../../src/storage/database.js';
import { connectPostgres } from '../../src/storage/postgres/connect-postgres.js';
import { openTestDatabase, type TestDatabase } from '../support/engines.js';
import { startTestServer, type TestServer, type TestServerOptions } from '../support/test-server.js';
import type { ClicksTable } from '../../src/storage/schema.js';
import { clickIdNames } from '../../src/core/clicks/query-facts.js';
import { DEVICE_TYPES } from '../../src/core/link.js';
import { consentOf, decodePixels } from '../../src/storage/click-store.js';

/** A fresh PostgreSQL database (not a schema) on the TEST_DATABASE_URL server; its URL and a drop. */
export async function freshPgDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL as string;
  const name = `ricochet_t_${randomBytes(6).toString('hex')}`;
  await withPgAdmin(adminUrl, (c) => c.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => withPgAdmin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`)).then(() => {}),
  };
}

export async function withPgAdmin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * A test database of the engine. On PostgreSQL this is a database of its own rather than
 * `openTestDatabase`'s schema: Kysely's migrator looks for its bookkeeping tables in every
 * schema of the database, so a second schema migrated while another one exists fails with
 * `relation "kysely_migration_lock" does not exist` (reported on issue 6; src/storage/migrate.ts).
 * These suites run several servers at once, so each gets a database.
 */
export async function openAnalyticsDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'sqlite') return openTestDatabase('sqlite');
  const fresh = await freshPgDatabase();
  const database = connectPostgres({ url: fresh.url, poolSize: 5 });
  return {
    database,
    location: { url: fresh.url },
    async dispose() {
      await database.close();
      await fresh.drop();
    },
  };
}

/**
 * Make the server's database refuse writes until `restore()`: for PostgreSQL the database stops
 * taking connections and every open one is ended (the click writer thread's included); for SQLite
 * another connection holds an exclusive lock, so the click writer thread gives up waiting for it
 * (after 2 s) on every attempt.
 */
export async function breakDatabase(s: TestServer): Promise<{ restore(): Promise<void> | void }> {
  const file = s.server.ctx.stores.database.file;
  if (file === null) {
    const url = s.testDb.location.url as string;
    const name = new URL(url).pathname.slice(1);
    const admin = process.env.TEST_DATABASE_URL as string;
    await withPgAdmin(admin, async (c) => {
      await c.query(`alter database ${name} allow_connections false`);
      await c.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
    });
    return { restore: () => withPgAdmin(admin, (c) => c.query(`alter database ${name} allow_connections true`)).then(() => {}) };
  }
  const other = new SQLite(file);
  other.pragma('busy_timeout = 10000');
  other.exec('BEGIN EXCLUSIVE');
  return {
    restore() {
      if (!other.open) return;
      other.exec('ROLLBACK');
      other.close();
    },
  };
}

/** `startTestServer` over `openAnalyticsDatabase`. */
export async function analyticsServer(engine: Engine, env: Record<string, string> = {}, options: Omit<TestServerOptions, 'testDb'> = {}): Promise<TestServer> {
  const testDb = await openAnalyticsDatabase(engine);
  try {
    return await startTestServer(engine, env, { ...options, testDb });
  } catch (error) {
    await testDb.dispose();
    throw error;
  }
}

export const UA = {
  chromeMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  firefoxWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  curl: 'curl/8.0.1',
  googlebot: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  facebook: 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
} as const;

/**
 * Poll `probe` until it returns a value `done` accepts; bounded, so a regression fails with the
 * last value seen instead of hanging.
 */
export async function waitFor<T>(probe: () => Promise<T> | T, done: (value: T) => boolean, what: string, timeoutMs = 15_000, everyMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, everyMs));
    last = await probe();
  }
  return last;
}

/** Parse Prometheus text into `name{labels}` → value. */
export function parseMetrics(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const space = line.lastIndexOf(' ');
    out.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return out;
}

/** Read `/metrics` over HTTP, as Prometheus would. */
export async function scrape(baseUrl: string): Promise<Map<string, number>> {
  const res = await fetch(`${baseUrl}/metrics`);
  expect(res.status).toBe(200);
  return parseMetrics(await res.text());
}

export async function dropped(baseUrl: string, reason: string): Promise<number> {
  return (await scrape(baseUrl)).get(`ricochet_clicks_dropped_total{reason="${reason}"}`) ?? Number.NaN;
}

/** A clock that runs with real time (the buffer's back-off needs time to pass) plus an offset a test can move. */
export class ShiftedClock implements Clock {
  offsetMs = 0;

  constructor(startAt?: number) {
    if (startAt !== undefined) this.offsetMs = startAt - Date.now();
  }

  now(): number {
    return Date.now() + this.offsetMs;
  }

  /** Move to `at` (epoch ms) from now on. */
  set(at: number): void {
    this.offsetMs = at - Date.now();
  }
}

/** A stored click row, its codes spelled out (device, consent, click-id names, the pixels that fired). */
export type ClickRow = Omit<ClicksTable, 'device' | 'consent' | 'click_ids'> & { device: string; consent: string; click_ids: string; pixels_fired: string };

/** Decode a stored row (both engines return the same). */
export function decodeClickRow(r: ClicksTable): ClickRow {
  return {
    ...r,
    at: Number(r.at),
    device: DEVICE_TYPES[r.device] ?? '?',
    consent: consentOf(r.consent),
    click_ids: clickIdNames(r.click_ids).join(','),
    pixels_fired: decodePixels(r.pixels).filter((p) => p.outcome === 'fire').map((p) => p.id).join(','),
  };
}

/** Stored click rows of a link, oldest first. */
export async function clickRows(database: Database, linkId: string): Promise<ClickRow[]> {
  return (await database.db.selectFrom('clicks').selectAll().where('link_id', '=', linkId).orderBy('at').orderBy('id').execute()).map(decodeClickRow);
}

/** The interstitial's JSON data block (`<script type="application/json" id="rc">`). */
export function dataBlock(html: string): { clickId: string; pixels: Array<{ id: string }>; beaconUrl: string; destination: string } {
  const m = /<script type="application\/json" id="rc">([^<]*)<\/script>/.exec(html);
  if (!m) throw new Error(`no data block in: ${html.slice(0, 300)}`);
  return JSON.parse(m[1] as string);
}

/**
 * A request with full control of the headers (fetch forbids `Host` and hides some others), no
 * redirect following. Resolves with status, headers and body.
 */
export function rawRequest(
  baseUrl: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; agent?: http.Agent } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${baseUrl}${path}`, { method: options.method ?? 'GET', headers: options.headers ?? {}, agent: options.agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A browser-like GET of a short link. */
export function click(s: Pick<TestServer, 'get'>, path: string, headers: Record<string, string> = {}): Promise<Response> {
  return s.get(path, { headers: { 'user-agent': UA.chromeMac, ...headers } });
}

/**
 * A PostgreSQL cluster of its own (initdb in a temp dir with the binaries of the throwaway
 * cluster, TEST_PG_BIN, run as TEST_PG_RUNAS when root), for tests that stop and restart the
 * server: stopping the shared TEST_DATABASE_URL cluster would break suites running beside.
 * `null` when TEST_PG_BIN is not set (an external TEST_DATABASE_URL): callers skip.
 */
export interface PgCluster {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Kill it: an immediate shutdown, as a crash would leave it. */
  kill(): Promise<void>;
  destroy(): Promise<void>;
}

export const pgClusterUnavailable = process.env.TEST_PG_BIN
  ? null
  : 'TEST_PG_BIN is not set (PostgreSQL was not started by scripts/pg-throwaway.sh), so this test cannot stop and restart a server of its own';

export async function privatePgCluster(): Promise<PgCluster> {
  const run = promisify(execFile);
  const bin = process.env.TEST_PG_BIN as string;
  const runAs = process.env.TEST_PG_RUNAS ?? '';
  const pgRun = (tool: string, args: string[]) =>
    runAs ? run('runuser', ['-u', runAs, '--', path.join(bin, tool), ...args]) : run(path.join(bin, tool), args);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-pg-private-'));
  if (runAs) {
    const uid = Number((await run('id', ['-u', runAs])).stdout.trim());
    const gid = Number((await run('id', ['-g', runAs])).stdout.trim());
    fs.chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  const port = await freePort();
  await pgRun('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const conf = ["listen_addresses = '127.0.0.1'", `port = ${port}`, `unix_socket_directories = '${dir}'`, 'fsync = off', 'max_connections = 50'];
  fs.appendFileSync(path.join(data, 'postgresql.conf'), `${conf.join('\n')}\n`);
  const start = async () => {
    await pgRun('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-w', 'start']);
  };
  const stop = async () => {
    await pgRun('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    // Immediate shutdown: every backend is ended at once, no checkpoint; the next start runs crash recovery.
    kill: () => pgRun('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).then(() => {}),
    async destroy() {
      await pgRun('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
