/**
 * Memory under sustained load (issue 6: "memory during a 10-minute load stays flat"): Ricochet
 * from dist/ on SQLite, pinned to one core, takes redirects from autocannon for BENCH_SOAK_S
 * seconds (600 by default) across 1,000 links with varied visitors, while its RSS, heap and click
 * buffer are sampled every second (the child reports them on stderr) and shown per
 * BENCH_SOAK_SAMPLE_S. BENCH_SOAK_RATE caps the offered load (req/s); without it the server is
 * driven as fast as it answers, which on one core is more than its click writer can store.
 */
import autocannon from 'autocannon';
import { spawnPinned } from './spawn-server.js';
import { printTable } from './table.js';

const SECONDS = Number(process.env.BENCH_SOAK_S ?? 600);
const SAMPLE_EVERY_S = Number(process.env.BENCH_SOAK_SAMPLE_S ?? 60);
/** Requests per second offered (0 = as fast as the server answers, i.e. overload on one core). */
const RATE = Number(process.env.BENCH_SOAK_RATE ?? 0);

export async function benchSoak(): Promise<void> {
  const server = await spawnPinned('bench/servers/ricochet.mjs', 0, { BENCH_LINKS: '1000', BENCH_MEMORY_EVERY_MS: '1000' });
  const samples: Array<{ t: number; rss: number; heap: number; buffered: number }> = [];
  server.child.stderr?.on('data', (d: Buffer) => {
    for (const line of d.toString().split('\n')) {
      const m = /^mem (\d+) (\d+) (\d+)$/.exec(line.trim());
      if (m) samples.push({ t: Date.now(), rss: Number(m[1]), heap: Number(m[2]), buffered: Number(m[3]) });
    }
  });
  const started = Date.now();
  let n = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}`,
    connections: 20,
    duration: SECONDS,
    ...(RATE > 0 ? { overallRate: RATE } : {}),
    requests: [
      {
        setupRequest: (req) => {
          n++;
          return {
            ...req,
            method: 'GET',
            path: `/s${n % 1000}?utm_campaign=c${n % 7}`,
            headers: { 'user-agent': `Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.${n % 5000} Safari/537.36`, 'x-forwarded-for': `198.51.${(n >> 8) % 256}.${n % 256}` },
          };
        },
      },
    ],
  });
  // The server prints what it wrote and dropped once it has flushed on SIGTERM.
  const clicks = /\{"written".*\}/.exec(await server.stop())?.[0] ?? '{}';
  const rows: Array<Record<string, string | number>> = [];
  for (let s = 0; s <= SECONDS; s += SAMPLE_EVERY_S) {
    const at = started + s * 1000;
    const sample = samples.reduce<(typeof samples)[number] | null>((best, x) => (!best || Math.abs(x.t - at) < Math.abs(best.t - at) ? x : best), null);
    if (sample) {
      rows.push({
        minute: (s / 60).toFixed(1),
        'RSS MB': (sample.rss / 1048576).toFixed(1),
        'heap used MB': (sample.heap / 1048576).toFixed(1),
        'clicks buffered': sample.buffered,
      });
    }
  }
  printTable(
    `Memory during ${SECONDS} s of load (${RATE > 0 ? `offered ${RATE} req/s, ` : ''}${Math.round(result.requests.average)} req/s, ${result.requests.total} redirects, 1,000 links, varied visitors; clicks ${clicks})`,
    rows,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSoak();
