/**
 * Interstitial latency in real Chromium, against the floor (issue 18): for every case, Ricochet's
 * page through the real server and a floor page (./floor/floor-server.ts: a bare page with the
 * platforms' base code that leaves the moment their hits are handed to the browser), clicked in
 * interleaved rounds so that the machine's drift moves both alike.
 *
 * Per click, in a fresh browser context (cold cache, like a first click): from the navigation start
 * of the short link (or the floor page) to the moment the browser starts fetching the destination
 * (the destination's `timeOrigin + fetchStart`; for a 302 the same navigation). Both clocks are the
 * browser's. The page also reports, as it leaves, its first byte, the start of its first vendor
 * request and the moment it called `location.replace`, which show where the time goes.
 *
 * Vendor hosts are the fakes of the e2e tests on their own network
 * (test/e2e/support/vendor-network.ts: HTTP/2 with TLS on 127.0.0.1, Chromium's resolver mapping
 * every vendor host there), each answer held 50 ms; the destination, a remote site like them, answers
 * in 50 ms too (one case has it answer at once). After each click the benchmark waits until every
 * counted hit of a vendor that answers has arrived at the fake, and reports the ones that never did,
 * for clicks that left before the cap ("hits lost below the cap"; a click at the cap is a yield miss).
 * Links fire their pixels without a consent decision (consent policy `never`).
 *
 * Run: `npx tsx bench/interstitial.ts` (after `npm run build`: Ricochet runs from dist/); `BENCH_RUNS` sets the
 * rounds (default 20, minimum 5), `BENCH_CASES` picks cases by key (`302,meta,…,all,hang,all-hang`).
 */
import os from 'node:os';
import { CATALOG, hitMatches, hitRule } from '../src/core/pixels/catalog.js';
import { PLATFORMS, type Platform } from '../src/core/pixels/platform.js';
import { OWNER_KEY } from '../test/support/test-server.js';
import { startDestinationServer, type DestinationServer } from '../test/e2e/support/destination-server.js';
import { createLink, createPixel, HUMAN_UA, launchLiveBrowser, linkStats, remoteServer, type ApiServer, type LiveBrowser } from '../test/e2e/support/live-server.js';
import { floorUrl } from './floor/floor-server.js';
import { spawnPinned } from './spawn-server.js';
import { printTable } from './table.js';

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 20));
const WARMUP = 2;
const CAP_MS = 800;
const ANSWER_MS = 50;
const EVENT = 'ricochet_click';
const QUERY = 'utm_source=nl&utm_campaign=spring&fbclid=AbC-123_x&gclid=Cj0KCQ&ttclid=E.C.P.abc';

interface Case {
  key: string;
  name: string;
  platforms: Platform[];
  hang: Platform[];
  /** No floor for the plain 302: it has no page. */
  floor: boolean;
  /** The destination answers at once (a server on this machine) instead of in ANSWER_MS like a remote site. */
  instant?: boolean;
}

const ALL_CASES: Case[] = [
  { key: '302', name: 'plain 302 (no pixels)', platforms: [], hang: [], floor: false },
  ...PLATFORMS.map((p) => ({ key: p, name: `1 pixel: ${CATALOG[p].label}`, platforms: [p], hang: [], floor: true })),
  { key: 'all', name: 'all eleven platforms', platforms: [...PLATFORMS], hang: [], floor: true },
  { key: 'hang', name: 'Meta, its hosts hang', platforms: ['meta'], hang: ['meta'], floor: true },
  { key: 'all-hang', name: 'all eleven, Meta hangs', platforms: [...PLATFORMS], hang: ['meta'], floor: true },
  { key: 'meta-instant', name: 'Meta, destination answers at once', platforms: ['meta'], hang: [], floor: true, instant: true },
];
const only = process.env.BENCH_CASES?.split(',');
const CASES = only ? ALL_CASES.filter((c) => only.includes(c.key)) : ALL_CASES;

/** What one click measured; page figures are null for a 302, which has no page. */
interface Sample {
  totalMs: number;
  ttfbMs: number | null;
  firstVendorMs: number | null;
  leftMs: number | null;
  hitsExpected: number;
  hitsArrived: number;
}

interface Side {
  url: string;
  landed: string;
  samples: Sample[];
}

interface Row {
  c: Case;
  ricochet: Side & { linkId: string };
  floor: Side | null;
}

// Reported by the page (Ricochet's or the floor) as it starts leaving: Navigation API `navigate`.
const PAGE_TIMING = `if (window.navigation) navigation.addEventListener('navigate', function () {
  var nav = performance.getEntriesByType('navigation')[0], first = null;
  performance.getEntriesByType('resource').forEach(function (r) { if (r.name.indexOf('https:') === 0 && (first === null || r.startTime < first)) first = r.startTime; });
  try { window.__rcBenchPage(performance.timeOrigin, nav ? nav.responseStart : 0, first, performance.now()); } catch (e) {}
}, { once: true });`;

async function click(live: LiveBrowser, c: Case, side: Side): Promise<Sample> {
  const fakes = live.vendors.session({ answerMs: ANSWER_MS, hang: c.hang });
  const context = await live.browser.newContext({ userAgent: fakes.userAgent(HUMAN_UA), serviceWorkers: 'block' });
  try {
    const reported: { page?: { origin: number; ttfb: number; first: number | null; left: number } } = {};
    await context.exposeBinding('__rcBenchPage', (_s, origin: number, ttfb: number, first: number | null, left: number) => void (reported.page ??= { origin, ttfb, first, left }));
    await context.addInitScript(PAGE_TIMING);
    const tab = await context.newPage();
    await tab.goto(side.url, { waitUntil: 'commit' });
    await tab.waitForURL((u) => u.href === side.landed, { timeout: 30_000 });
    const dest = await tab.evaluate<{ origin: number; fetchStart: number }>(
      `({ origin: performance.timeOrigin, fetchStart: performance.getEntriesByType('navigation')[0].fetchStart })`,
    );
    // The counted hit of every vendor that answers must reach the fake, page gone or not.
    const expected = c.platforms.filter((p) => !c.hang.includes(p));
    const arrived = () =>
      expected.filter((p) => {
        const rule = hitRule(p, CATALOG[p].example, EVENT);
        return fakes.hits(p).some((h) => hitMatches(rule, new URL(h.url), `${decode(h.url)} ${decode(h.body ?? '')}`));
      }).length;
    for (let i = 0; i < 60 && arrived() < expected.length; i++) await new Promise((r) => setTimeout(r, 50));
    for (let i = 0; c.platforms.length > 0 && !reported.page && i < 100; i++) await new Promise((r) => setTimeout(r, 10));
    const p = reported.page;
    if (c.platforms.length > 0 && !p) throw new Error(`${c.name}: the page did not report its timings`);
    return {
      totalMs: dest.origin + dest.fetchStart - (p?.origin ?? dest.origin),
      ttfbMs: p?.ttfb ?? null,
      firstVendorMs: p?.first ?? null,
      leftMs: p?.left ?? null,
      hitsExpected: expected.length,
      hitsArrived: arrived(),
    };
  } finally {
    await context.close();
    await fakes.release();
  }
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

async function setUp(c: Case, server: ApiServer, dests: { remote: DestinationServer; instant: DestinationServer }, floorOrigin: string, i: number): Promise<Row> {
  const dest = c.instant ? dests.instant : dests.remote;
  const pixelIds = await Promise.all(c.platforms.map((p) => createPixel(server, p)));
  const destination = `${dest.origin}/landing`;
  const link = await createLink(server, { url: `${destination}?case=${i}`, pixelIds, slug: 'bench', consent: { policy: 'never' } });
  const ricochet = { url: `${link.url}?${QUERY}`, landed: `${destination}?case=${i}&${QUERY}`, samples: [], linkId: link.id };
  const landed = `${destination}?floor=${i}`;
  const pixels = c.platforms.map((platform) => ({ platform, tagId: CATALOG[platform].example }));
  const floor = c.floor ? { url: floorUrl(floorOrigin, { pixels, destination: landed, capMs: CAP_MS, event: EVENT }), landed, samples: [] } : null;
  return { c, ricochet, floor };
}

/**
 * Runs every case, interleaved, and prints the tables; returns the rows.
 * @example const rows = await benchInterstitial(); // rows[1].ricochet.samples: 20 × Sample
 */
export async function benchInterstitial(): Promise<Row[]> {
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  // Ricochet (from the build) and the floor server each in a process of their own, on every core:
  // neither shares an event loop with Playwright or with the other.
  const cores = `0-${os.cpus().length - 1}`;
  const env = { INITIAL_API_KEY: OWNER_KEY, PIXEL_TIMEOUT_MS: String(CAP_MS), CLICK_FLUSH_INTERVAL_MS: '100' };
  const [live, ricochet, floor, remote, instant] = await Promise.all([
    launchLiveBrowser(),
    spawnPinned('bench/servers/ricochet.mjs', cores, { BENCH_ENV: JSON.stringify(env) }),
    spawnPinned('bench/floor/floor-server.ts', cores, {}, ['--import', 'tsx']),
    startDestinationServer(ANSWER_MS),
    startDestinationServer(0),
  ]);
  const server = remoteServer(`http://127.0.0.1:${ricochet.port}`);
  try {
    const rows = await Promise.all(CASES.map((c, i) => setUp(c, server, { remote, instant }, `http://127.0.0.1:${floor.port}`, i)));
    for (let round = 0; round < WARMUP + RUNS; round++) {
      for (const row of rows) {
        const sides = row.floor ? (round % 2 ? [row.floor, row.ricochet] : [row.ricochet, row.floor]) : [row.ricochet];
        for (const side of sides) {
          const sample = await click(live, row.c, side);
          if (round >= WARMUP) side.samples.push(sample);
        }
      }
      process.stderr.write(`round ${round + 1}/${WARMUP + RUNS}\r`);
    }
    const yields = await Promise.all(rows.map((r) => pixelYield(server, r.ricochet.linkId, WARMUP + RUNS)));
    report(rows, yields, load);
    return rows;
  } finally {
    await live.close();
    await ricochet.stop();
    await floor.stop();
    await remote.close();
    await instant.close();
  }
}

/** The link's dispatched ÷ fired pixels once every click of the case is written. */
async function pixelYield(server: ApiServer, linkId: string, clicks: number): Promise<number | null> {
  for (let i = 0; i < 200; i++) {
    const { totals } = await linkStats(server, linkId);
    if (totals.humanClicks >= clicks && i >= 10) return totals.pixelFires === 0 ? null : totals.pixelConfirmed / totals.pixelFires;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`only some of ${clicks} clicks were recorded`);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function p95(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
}

const ms = (n: number | null) => (n === null ? '—' : String(Math.round(n)));
const signed = (n: number) => `${n >= 0 ? '+' : ''}${Math.round(n)}`;
const med = (side: Side | null, key: keyof Sample) => {
  const v = side?.samples.flatMap((s) => (s[key] === null ? [] : [s[key] as number])) ?? [];
  return v.length ? median(v) : null;
};

function report(rows: Row[], yields: (number | null)[], load: string): void {
  const single = rows.filter((r) => r.c.platforms.length === 1 && r.c.hang.length === 0);
  const slowestSingle = single.length ? Math.max(...single.map((r) => med(r.ricochet, 'totalMs')!)) : null;
  const target = (r: Row): { text: string; limit: number | null } => {
    const floorP50 = med(r.floor, 'totalMs');
    if (r.c.hang.length) return { text: `≤ cap + 50 = ${CAP_MS + 50}`, limit: CAP_MS + 50 };
    if (r.c.platforms.length === 1 && floorP50 !== null) return { text: 'floor + 15', limit: floorP50 + 15 };
    if (r.c.platforms.length > 1 && slowestSingle !== null) return { text: `slowest single + 30 = ${Math.round(slowestSingle + 30)}`, limit: slowestSingle + 30 };
    return { text: '—', limit: null };
  };
  printTable(
    `Short link → destination in Chromium, medians of ${RUNS} interleaved rounds, vendors answering in ${ANSWER_MS} ms ` +
      `(PIXEL_TIMEOUT_MS=${CAP_MS}, ${os.cpus().length} CPUs, load avg ${load})`,
    rows.map((r, i) => {
      const total = r.ricochet.samples.map((s) => s.totalMs);
      const rp50 = median(total);
      const fp50 = med(r.floor, 'totalMs');
      const t = target(r);
      // Only clicks that left before the cap: at the cap, a hit never sent is a yield miss, not a lost hit.
      const below = (side: Side) => side.samples.filter((x) => x.leftMs === null || x.leftMs < CAP_MS - 20);
      const lost = (side: Side | null) => (side ? String(below(side).reduce((n, x) => n + x.hitsExpected - x.hitsArrived, 0)) : '—');
      const capped = (side: Side | null) => (side ? String(side.samples.length - below(side).length) : '—');
      return {
        case: r.c.name,
        'Ricochet p50': ms(rp50),
        'Ricochet p95': ms(p95(total)),
        'floor p50': ms(fp50),
        'floor p95': r.floor ? ms(p95(r.floor.samples.map((s) => s.totalMs))) : '—',
        'Ricochet − floor': fp50 === null ? '—' : signed(rp50 - fp50),
        // Each round's two clicks ran back to back, so their difference is free of the machine's drift between rounds.
        'per-round difference, median': r.floor ? signed(median(r.ricochet.samples.map((x, j) => x.totalMs - r.floor!.samples[j]!.totalMs))) : '—',
        'clicks at the cap (R / F)': `${capped(r.ricochet)} / ${capped(r.floor)}`,
        'hits lost below the cap (R / F)': `${lost(r.ricochet)} / ${lost(r.floor)}`,
        'yield (dispatched)': yields[i] === null ? '—' : `${Math.round(yields[i]! * 100)} %`,
        target: t.text,
        met: t.limit === null ? '—' : rp50 <= t.limit ? 'yes' : 'no',
      };
    }),
  );
  printTable(
    'Where the time goes: medians in ms from navigation start, Ricochet / floor',
    rows
      .filter((r) => r.floor)
      .map((r) => {
        const pair = (key: keyof Sample) => `${ms(med(r.ricochet, key))} / ${ms(med(r.floor, key))}`;
        return {
          case: r.c.name,
          'first byte': pair('ttfbMs'),
          'first vendor request': pair('firstVendorMs'),
          'page calls location.replace': pair('leftMs'),
          'destination fetch starts': pair('totalMs'),
        };
      }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchInterstitial();

