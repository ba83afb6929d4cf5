/**
 * The click writer alone (issue 15): clicks per second from the hand-over to stored rows,
 * through the real writer thread — deriving country, user-agent families, referrer, UTM and
 * click ids, keying visitors and feeding the sketches, the rollups and narrow click rows — on
 * SQLite and PostgreSQL. The clicks are handed over as the redirect does (raw facts); the clock
 * stops when `flush()` says every click and the aggregates are stored. Targets: ≥ 100,000/s on
 * SQLite, ≥ 40,000/s on PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { createMetrics } from '../src/app/metrics.js';
import { createCountryLookup } from '../src/app/geo/country-lookup.js';
import { systemRandom } from '../src/app/system-ports.js';
import { DAY_MS, DROP_REASONS } from '../src/core/clicks/click.js';
import { ClickPipeline } from '../src/ingest/click-pipeline.js';
import type { Database } from '../src/storage/database.js';
import { migrateToLatest } from '../src/storage/migrate.js';
import { connectPostgres } from '../src/storage/postgres/connect-postgres.js';
import { connectSqlite } from '../src/storage/sqlite/connect-sqlite.js';
import { generateClicks } from './generate-clicks.js';
import { printTable } from './table.js';

const CLICKS = Number(process.env.BENCH_INGEST_CLICKS ?? 300_000);
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

export async function seedLinks(database: Database, n: number, timeZone = 'UTC'): Promise<string[]> {
  const ids = Array.from({ length: n }, (_, i) => `lnk_bench${String(i).padStart(17, '0')}`);
  const now = Date.now();
  await database.db
    .insertInto('workspaces')
    .values({ id: 'ws_bench', name: 'bench', consent_policy: 'regional', consent_opt_in_action: 'skip', privacy_policy_url: null, time_zone: timeZone, created_at: now, updated_at: now })
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

const STAGES = ['derive', 'visitor_key', 'sketches', 'rollups', 'insert', 'aggregates'] as const;

export async function benchIngest(engines: Array<'sqlite' | 'postgres'>): Promise<void> {
  const rows: Array<Record<string, string | number>> = [];
  const stageRows: Array<Record<string, string | number>> = [];
  for (const engine of engines) {
    const { database, dispose } = await openBenchDatabase(engine);
    try {
      await migrateToLatest(database);
      const linkIds = await seedLinks(database, 1000);
      const now = Date.now();
      const clicks = [...generateClicks(CLICKS, { workspaceId: 'ws_bench', linkIds, pixelIds: ['pix_a', 'pix_b', 'pix_c'], from: now - DAY_MS, to: now, visitors: 200_000 })];
      const metrics = createMetrics(DROP_REASONS, []);
      const pipeline = await ClickPipeline.start({
        capacity: CLICKS,
        flushSize: BATCH,
        maxBatchSize: MAX_BATCH,
        flushIntervalMs: 1000,
        retryMaxMs: 600_000,
        database,
        metrics,
        log: pino({ level: 'silent' }),
        lookupCountry: createCountryLookup({}),
        random: systemRandom,
        conversions: null,
      });
      const started = performance.now();
      // Hand over as fast as the ring takes them (it holds 16,384): the writer is the limit.
      for (let i = 0; i < clicks.length; ) {
        if (pipeline.handedOver > 10_000) {
          await new Promise((r) => setTimeout(r, 1));
          continue;
        }
        for (const end = Math.min(clicks.length, i + 4000); i < end; i++) pipeline.record(clicks[i] as (typeof clicks)[number]);
      }
      await pipeline.flush();
      const seconds = (performance.now() - started) / 1000;
      await pipeline.close(5000);
      const written = metrics.clicksWritten.get();
      const perClick = (s: string) => (metrics.stepClicks.get(s) > 0 ? metrics.stepNanoseconds.get(s) / metrics.stepClicks.get(s) / 1000 : 0);
      stageRows.push({
        engine,
        ...Object.fromEntries(STAGES.map((s) => [`${s} µs`, perClick(s).toFixed(2)])),
        'stages total µs': STAGES.reduce((n, s) => n + perClick(s), 0).toFixed(1),
      });
      const stored = await database.db.selectFrom('clicks').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      rows.push({
        engine,
        clicks: CLICKS,
        'batch size (backlog)': `${BATCH} (${MAX_BATCH})`,
        seconds: seconds.toFixed(2),
        'clicks/s': Math.round(CLICKS / seconds),
        'µs per click': ((seconds * 1e6) / CLICKS).toFixed(1),
        target: engine === 'sqlite' ? '≥ 100,000' : '≥ 40,000',
        'written / stored / dropped': `${written} / ${Number(stored.n)} / ${metrics.clicksDropped.get('buffer_full')}`,
      });
    } finally {
      await dispose();
    }
  }
  printTable(`Click writer alone: hand-over → stored rows, sketches and rollups (1,000 links, 200,000 visitors, 1 day, writer thread and producer on one core)`, rows);
  printTable('The click writer per click by stage (wall time on its thread; per-click stages sampled 1 in 64)', stageRows);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchIngest(process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite']);
