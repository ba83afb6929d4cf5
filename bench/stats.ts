/**
 * Stats latency over 10 million generated clicks (issue 15 target: p95 ≤ 20 ms for 90-day link
 * stats, uniques included). The clicks are generated day by day and folded into rollups with the
 * same RollupAccumulator the writer uses, and their visitors into the same sketches (per link-day
 * and workspace-day, both key generations), written through the writer's ClickStore; raw click
 * rows are not written because stats never read them (src/app/stats/get-stats.ts reads rollups
 * and sketches only), which keeps generation to minutes. Visitors come from one pool across the
 * 90 days, so the range's uniques count returning people once.
 */
import { pino } from 'pino';
import { createContext } from '../src/context.js';
import { getStats } from '../src/app/stats/get-stats.js';
import { loadConfig } from '../src/config.js';
import { DAY_MS, dayOf, type Click } from '../src/core/clicks/click.js';
import { RollupAccumulator } from '../src/core/clicks/rollup.js';
import { generationsOfDay } from '../src/core/clicks/salt-generations.js';
import { VisitorSketch } from '../src/core/clicks/visitor-sketch.js';
import { ClickStore, type SketchRow } from '../src/storage/click-store.js';
import { migrateToLatest } from '../src/storage/migrate.js';
import { generateClicks } from './generate-clicks.js';
import { openBenchDatabase } from './ingest.js';
import { printTable } from './table.js';

const TOTAL = Number(process.env.BENCH_STATS_CLICKS ?? 10_000_000);
const DAYS = 90;
const LINKS = 200;
const RUNS = 30;

/** A visitor's 64-bit hash per generation (a fast mix: the bench needs spread, not secrecy). */
function hashOf(visitor: number, generation: number): [number, number] {
  let h = Math.imul(visitor ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(generation + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f);
  let l = Math.imul(visitor + 0x7f4a7c15, 0x165667b1) ^ Math.imul(generation + 7, 0xd3a2646c);
  l = Math.imul(l ^ (l >>> 15), 0x94d049bb);
  return [(h ^ (h >>> 16)) >>> 0, (l ^ (l >>> 16)) >>> 0];
}

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
      const store = new ClickStore(database);
      const started = performance.now();
      const perDay = Math.floor(TOTAL / DAYS);
      const firstDay = dayOf(now) - DAYS + 1;
      let hotClicks = 0;
      for (let d = 0; d < DAYS; d++) {
        const from = (firstDay + d) * DAY_MS;
        const acc = new RollupAccumulator();
        const day = firstDay + d;
        const gens = generationsOfDay(day);
        const sketches = new Map<string, VisitorSketch[]>();
        for (const facts of generateClicks(perDay, { workspaceId: 'ws_bench', linkIds, pixelIds: ['pix_a', 'pix_b', 'pix_c'], from, to: from + DAY_MS, visitors: 400_000, seed: d + 1 })) {
          const click = { ...facts, device: 'mobile', os: 'iOS', browser: 'Safari', referrerHost: facts.referer ? new URL(facts.referer).host : null, utm: { utm_source: null, utm_medium: null, utm_campaign: null, utm_term: null, utm_content: null }, clickIds: 0 } as Click;
          acc.addClick(click);
          if (click.linkId === linkIds[0]) hotClicks++;
          if (click.bot) continue;
          for (const scope of [click.linkId, 'ws_bench']) {
            let pair = sketches.get(scope);
            if (!pair) sketches.set(scope, (pair = [new VisitorSketch(), new VisitorSketch()]));
            gens.forEach((g, i) => {
              const [hi, lo] = hashOf(facts.visitor, g);
              if ((pair as VisitorSketch[])[i]?.add(hi, lo) && i === 1 && (pair as VisitorSketch[])[1]?.isSparse) acc.addUnique('ws_bench', scope === 'ws_bench' ? '' : scope, click.at);
            });
          }
        }
        const rows: SketchRow[] = [...sketches].flatMap(([scope, pair]) => gens.map((generation, i) => ({ scope, workspaceId: 'ws_bench', day, generation, node: 'bench', registers: (pair[i] as VisitorSketch).serialize() })));
        await store.writeAggregates({ rollups: acc.deltas(), sketches: rows, now });
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
        let uniques = 0;
        for (let i = 0; i < RUNS; i++) {
          const t = performance.now();
          const stats = await getStats(ctx, workspace, linkId, query);
          times.push(performance.now() - t);
          totals = stats.totals.clicks;
          uniques = stats.totals.uniqueVisitors;
        }
        rows.push({
          engine,
          query: name,
          'clicks in range': totals,
          'p50 ms': percentile(times, 50).toFixed(1),
          'p95 ms': percentile(times, 95).toFixed(1),
          'max ms': Math.max(...times).toFixed(1),
          'unique visitors': uniques,
          target: 'p95 ≤ 20 ms',
        });
      }
      const sketchRows = await database.db.selectFrom('visitor_sketches').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rollupRows = await database.db.selectFrom('rollups_day').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const hourRows = await database.db.selectFrom('rollups_hour').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      console.error(`${engine}: generated ${TOTAL} clicks (hot link ${hotClicks}) into ${Number(rollupRows.n)} daily + ${Number(hourRows.n)} hourly rollup rows and ${Number(sketchRows.n)} sketch rows in ${generated.toFixed(0)} s`);
    } finally {
      await dispose();
    }
  }
  printTable(`Stats query latency over ${TOTAL.toLocaleString('en')} clicks (${LINKS} links, ${DAYS} days, ${RUNS} runs each)`, rows);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStats(process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite']);
