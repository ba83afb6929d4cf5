/**
 * Saturation soak (issue 15): Ricochet from dist/ on SQLite, the whole process (click writer
 * thread included) pinned to one core, takes redirects as fast as it answers them for
 * BENCH_SOAK_S seconds (600 by default) across 1,000 links, every request from another visitor
 * (≥ 400,000 distinct over the run). RSS, heap and the clicks waiting are sampled every second
 * and shown per BENCH_SOAK_SAMPLE_S. Targets: 0 clicks dropped, stored = answered, RSS ≤ 200 MB
 * and flat. BENCH_SOAK_RATE caps the offered load instead (req/s).
 */
import autocannon from 'autocannon';
import { spawnPinned } from './spawn-server.js';
import { printTable } from './table.js';
import { everyRequestAnotherVisitor } from './visitors.js';

const SECONDS = Number(process.env.BENCH_SOAK_S ?? 600);
const SAMPLE_EVERY_S = Number(process.env.BENCH_SOAK_SAMPLE_S ?? 60);
/** Requests per second offered (0 = as fast as the server answers: saturation on one core). */
const RATE = Number(process.env.BENCH_SOAK_RATE ?? 0);
const LINKS = 1000;

export async function benchSoak(): Promise<void> {
  const server = await spawnPinned('bench/servers/ricochet.mjs', 0, { BENCH_LINKS: String(LINKS), BENCH_MEMORY_EVERY_MS: '1000' });
  const samples: Array<{ t: number; rss: number; heap: number; buffered: number }> = [];
  server.child.stderr?.on('data', (d: Buffer) => {
    for (const line of d.toString().split('\n')) {
      const m = /^mem (\d+) (\d+) (\d+)$/.exec(line.trim());
      if (m) samples.push({ t: Date.now(), rss: Number(m[1]), heap: Number(m[2]), buffered: Number(m[3]) });
    }
  });
  const started = Date.now();
  const load = everyRequestAnotherVisitor((n) => `/${server.slug}-${n % LINKS}?utm_campaign=c${n % 7}`);
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}`,
    connections: 20,
    duration: SECONDS,
    ...(RATE > 0 ? { overallRate: RATE } : {}),
    requests: [load.request],
  });
  // The server prints what it wrote, dropped and stored once it has flushed on SIGTERM.
  const report = JSON.parse(/\{"written".*\}/.exec(await server.stop())?.[0] ?? '{}') as { written?: number; stored?: number; dropped?: Record<string, number> };
  const rows: Array<Record<string, string | number>> = [];
  for (let s = 0; s <= SECONDS; s += SAMPLE_EVERY_S) {
    const at = started + s * 1000;
    const sample = samples.reduce<(typeof samples)[number] | null>((best, x) => (!best || Math.abs(x.t - at) < Math.abs(best.t - at) ? x : best), null);
    if (sample) {
      rows.push({
        minute: (s / 60).toFixed(1),
        'RSS MB': (sample.rss / 1048576).toFixed(1),
        'heap used MB': (sample.heap / 1048576).toFixed(1),
        'clicks waiting': sample.buffered,
      });
    }
  }
  const rss = samples.map((x) => x.rss / 1048576);
  const answered = result['3xx'] ?? 0;
  printTable(
    `Saturation soak: ${SECONDS} s, ${RATE > 0 ? `offered ${RATE} req/s` : 'as fast as it answers'}, 1 core, ${Math.round(result.requests.average)} req/s, ` +
      `${load.count().toLocaleString('en')} distinct visitors; answered ${answered}, stored ${report.stored}, written ${report.written}, dropped ${JSON.stringify(report.dropped)}; ` +
      `RSS max ${Math.max(...rss).toFixed(0)} MB`,
    rows,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSoak();
