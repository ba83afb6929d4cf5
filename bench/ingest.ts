/**
 * Ingest rate: clicks per second through the real write buffer and click sink (one transaction
 * per batch of CLICK_FLUSH_SIZE = 1,000, a backlog in transactions of up to 10,000: raw clicks,
 * visitor hashes, pixel audiences, counters; rollups merged in memory), on SQLite and on PostgreSQL. Targets (issue 6): ≥ 50,000/s SQLite, ≥ 20,000/s PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { StoredClick } from '../src/core/clicks/click.js';
import type { Database } from '../src/storage/database.js';
import { migrateToLatest } from '../src/storage/migrate.js';
import { connectPostgres } from '../src/storage/postgres/connect-postgres.js';
import { connectSqlite } from '../src/storage/sqlite/connect-sqlite.js';
import { pino } from 'pino';
import { createMetrics } from '../src/app/metrics.js';
import { DAY_MS, DROP_REASONS } from '../src/core/clicks/click.js';
import { ClickBuffer } from '../src/ingest/click-buffer.js';
import { createClickWriter } from '../src/ingest/create-click-writer.js';
import { generateClicks } from './generate-clicks.js';
import { printTable } from './table.js';

const CLICKS = Number(process.env.BENCH_INGEST_CLICKS ?? 200_000);
const BATCH = Number(process.env.BENCH_INGEST_BATCH ?? 1000);
/** As the server: a backlog goes in transactions of up to 10 batches. */
const MAX_BATCH = Number(process.env.BENCH_INGEST_MAX_BATCH ?? BATCH * 10);

export async function openBenchDatabase(engine: 'sqlite' | 'postgres'): Promise<{ database: Database; dispose(): Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-bench-'));
    const database = connectSqlite({ dataDir: dir });
    return { database, dispose: async () => (await database.close(), fs.rmSync(dir, { recursive: true, force: true })) };
  }
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('set BENCH_DATABASE_URL (npm run bench starts a throwaway PostgreSQL)');
  const schema = `bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const database = connectPostgres({ url, schema });
  return {
    database,
    dispose: async () => {
      await database.close();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

async function seedLinks(database: Database, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, (_, i) => `lnk_bench${String(i).padStart(17, '0')}`);
  const now = Date.now();
  await database.db
    .insertInto('workspaces')
    .values({ id: 'ws_bench', name: 'bench', consent_policy: 'regional', consent_opt_in_action: 'skip', privacy_policy_url: null, time_zone: 'UTC', created_at: now, updated_at: now })
    .execute();
  for (let i = 0; i < n; i += 200) {
    await database.db
      .insertInto('links')
      .values(ids.slice(i, i + 200).map((id, j) => ({
        id, workspace_id: 'ws_bench', domain: '', slug: `b${i + j}`, url: 'https://example.com/', title: null, tags: '[]',
        redirect_type: 302, forward_query: 1, expires_at: null, expired_url: null, max_clicks: null, limit_url: null,
        password_hash: null, rules: '[]', consent: null, event: null, og: null, created_at: now, updated_at: now,
      })))
      .execute();
  }
  return ids;
}

export async function benchIngest(engines: Array<'sqlite' | 'postgres'>): Promise<void> {
  const rows: Array<Record<string, string | number>> = [];
  for (const engine of engines) {
    const { database, dispose } = await openBenchDatabase(engine);
    try {
      await migrateToLatest(database);
      const linkIds = await seedLinks(database, 1000);
      // What the server uses: the writer thread on SQLite, the event loop on PostgreSQL (two
      // transactions at once there).
      const writer = await createClickWriter(database, pino({ level: 'silent' }));
      const now = Date.now();
      const clicks: StoredClick[] = [...generateClicks(CLICKS, { workspaceId: 'ws_bench', linkIds, pixelIds: ['pix_a', 'pix_b', 'pix_c'], from: now - DAY_MS, to: now, visitors: 50_000 })];
      // Through the real write buffer: batches of 1,000 clicks, rollups merged in memory and
      // written when the buffer is flushed (every 5 s in production; once here, ≈ 4 s of traffic at 50,000/s).
      const metrics = createMetrics(DROP_REASONS, []);
      const buffer = new ClickBuffer({
        capacity: CLICKS,
        flushSize: BATCH,
        maxBatchSize: MAX_BATCH,
        flushIntervalMs: 1000,
        retryMaxMs: 60_000,
        writer,
        clock: { now: () => Date.now() },
        metrics,
        log: pino({ level: 'silent' }),
      });
      const started = performance.now();
      for (const click of clicks) buffer.push(click);
      await buffer.flush();
      const seconds = (performance.now() - started) / 1000;
      await writer.close();
      if (metrics.clicksWritten.get() !== CLICKS) throw new Error(`wrote ${metrics.clicksWritten.get()} of ${CLICKS}`);
      const stored = await database.db.selectFrom('clicks').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      rows.push({
        engine,
        clicks: CLICKS,
        'batch size (backlog)': `${BATCH} (${MAX_BATCH})`,
        seconds: seconds.toFixed(2),
        'clicks/s': Math.round(CLICKS / seconds),
        target: engine === 'sqlite' ? '≥ 50,000' : '≥ 20,000',
        'rows stored': Number(stored.n),
      });
    } finally {
      await dispose();
    }
  }
  printTable(`Click ingest through the sink (1,000 links, 50,000 visitors, 1 day)`, rows);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchIngest(process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite']);
