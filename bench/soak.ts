/**
 * Memory under sustained load (issue 6: "memory during a 10-minute load stays flat"): Ricochet
 * from dist/ on SQLite, pinned to one core, takes redirects from autocannon for BENCH_SOAK_S
 * seconds (600 by default) across 1,000 links with varied visitors, while its RSS and heap are
 * sampled every 10 s via /metrics-free process stats (the child reports them on stderr).
 */
import autocannon from 'autocannon';
import { spawnPinned } from './spawn-server.js';
import { printTable } from './table.js';

const SECONDS = Number(process.env.BENCH_SOAK_S ?? 600);
const SAMPLE_EVERY_S = Number(process.env.BENCH_SOAK_SAMPLE_S ?? 60);

export async function benchSoak(): Promise<void> {
  const server = await spawnPinned('bench/servers/ricochet.mjs', 0, { BENCH_LINKS: '1000', BENCH_MEMORY_EVERY_MS: '1000' });
  const samples: Array<{ t: number; rss: number; heap: number }> = [];
  server.child.stderr?.on('data', (d: Buffer) => {
    for (const line of d.toString().split('\n')) {
      const m = /^mem (\d+) (\d+)$/.exec(line.trim());
      if (m) samples.push({ t: Date.now(), rss: Number(m[1]), heap: Number(m[2]) });
    }
  });
  const started = Date.now();
  let n = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}`,
    connections: 20,
    duration: SECONDS,
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
  await server.stop();
  const rows: Array<Record<string, string | number>> = [];
  for (let s = 0; s <= SECONDS; s += SAMPLE_EVERY_S) {
    const at = started + s * 1000;
    const sample = samples.reduce<(typeof samples)[number] | null>((best, x) => (!best || Math.abs(x.t - at) < Math.abs(best.t - at) ? x : best), null);
    if (sample) rows.push({ 'minute': (s / 60).toFixed(1), 'RSS MB': (sample.rss / 1048576).toFixed(1), 'heap used MB': (sample.heap / 1048576).toFixed(1) });
  }
  printTable(`Memory during ${SECONDS} s of load (${Math.round(result.requests.average)} req/s, ${result.requests.total} redirects, 1,000 links, varied visitors)`, rows);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSoak();
