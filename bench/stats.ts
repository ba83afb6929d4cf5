/**
 * Stats latency over 10 million generated clicks (issue 6 target: ≤ 50 ms for a 90-day link
 * stats query). The clicks are generated day by day and folded into rollups with the same
 * RollupAccumulator the writer uses; raw click rows are not written because stats never read
 * them (src/app/stats/get-stats.ts reads rollups only), which keeps generation to minutes.
 */
import { pino } from 'pino';
import { createContext } from '../src/context.js';
import { getStats } from '../src/app/stats/get-stats.js';
import { loadConfig } from '../src/config.js';
import { DAY_MS, dayOf } from '../src/core/clicks/click.js';
import { RollupAccumulator } from '../src/core/clicks/rollup.js';
import { migrateToLatest } from '../src/storage/migrate.js';
import { ClickSink } from '../src/storage/click-sink.js';
import { generateClicks } from './generate-clicks.js';
import { openBenchDatabase } from './ingest.js';
import { printTable } from './table.js';

const TOTAL = Number(process.env.BENCH_STATS_CLICKS ?? 10_000_000);
const DAYS = 90;
const LINKS = 200;
const RUNS = 30;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

export async function benchStats(engines: Array<'sqlite' | 'postgres'>): Promise<void> {
  const rows: Array<Record<string, string | number>> = [];
  for (const engine of engines) {
    const { database, dispose } = await openBenchDatabase(engine);
    try {
      await migrateToLatest(database);
      const now = Date.now();
      await database.db
        .insertInto('workspaces')
        .values({ id: 'ws_bench', name: 'bench', consent_policy: 'regional', consent_opt_in_action: 'skip', privacy_policy_url: null, time_zone: 'Europe/Berlin', created_at: now, updated_at: now })
        .execute();
      const linkIds = Array.from({ length: LINKS }, (_, i) => `lnk_bench${String(i).padStart(17, '0')}`);
      const sink = new ClickSink(database);
      const started = performance.now();
      const perDay = Math.floor(TOTAL / DAYS);
      const firstDay = dayOf(now) - DAYS + 1;
      let hotClicks = 0;
      for (let d = 0; d < DAYS; d++) {
        const from = (firstDay + d) * DAY_MS;
        const acc = new RollupAccumulator();
        const seen = new Set<string>();
        for (const click of generateClicks(perDay, { workspaceId: 'ws_bench', linkIds, pixelIds: ['pix_a', 'pix_b', 'pix_c'], from, to: from + DAY_MS, visitors: 400_000, seed: d + 1 })) {
          acc.addClick(click);
          if (click.linkId === linkIds[0]) hotClicks++;
          if (click.bot) continue;
          for (const linkId of [click.linkId, '']) {
            const key = `${linkId}|${click.visitorHash}`;
            if (!seen.has(key)) {
              seen.add(key);
              acc.addUnique(click.workspaceId, linkId, click.at);
            }
          }
        }
        await sink.writeRollups(acc.deltas());
      }
      const generated = (performance.now() - started) / 1000;

      const config = loadConfig({ PORT: '0', DATA_DIR: '/tmp/unused', LOG_LEVEL: 'silent' });
      const ctx = await createContext(config, { database, log: pino({ level: 'silent' }) });
      const workspace = { id: 'ws_bench', timeZone: 'Europe/Berlin' };
      const query = { from: new Date(now - DAYS * DAY_MS).toISOString(), to: new Date(now).toISOString(), interval: 'day' as const, top: 10 };
      for (const [name, linkId] of [
        ['hot link (≈1.6M clicks), 90 days', linkIds[0] as string],
        ['typical link, 90 days', linkIds[100] as string],
        ['whole workspace (10M clicks), 90 days', ''],
      ] as const) {
        const times: number[] = [];
        let totals = 0;
        for (let i = 0; i < RUNS; i++) {
          const t = performance.now();
          const stats = await getStats(ctx, workspace, linkId, query);
          times.push(performance.now() - t);
          totals = stats.totals.clicks;
        }
        rows.push({
          engine,
          query: name,
          'clicks in range': totals,
          'p50 ms': percentile(times, 50).toFixed(1),
          'p95 ms': percentile(times, 95).toFixed(1),
          'max ms': Math.max(...times).toFixed(1),
          target: '≤ 50 ms',
        });
      }
      const rollupRows = await database.db.selectFrom('rollups_day').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const hourRows = await database.db.selectFrom('rollups_hour').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      console.error(`${engine}: generated ${TOTAL} clicks (hot link ${hotClicks}) into ${Number(rollupRows.n)} daily + ${Number(hourRows.n)} hourly rollup rows in ${generated.toFixed(0)} s`);
    } finally {
      await dispose();
    }
  }
  printTable(`Stats query latency over ${TOTAL.toLocaleString('en')} clicks (${LINKS} links, ${DAYS} days, ${RUNS} runs each)`, rows);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStats(process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite']);
