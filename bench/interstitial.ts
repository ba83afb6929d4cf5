/**
 * Interstitial latency in real Chromium through the real Ricochet server (issue 4 targets:
 * ≤ 150 ms with 50 ms pixels; ≤ PIXEL_TIMEOUT_MS + 100 ms when a pixel host hangs).
 *
 * Measured per run, in a fresh browser context (cold cache, like a first click): from the
 * navigation start of the short link (`performance.timeOrigin` of the interstitial document, or
 * of the destination document when the server answered with a 302: same navigation) to the moment
 * the browser starts fetching the destination (destination's `timeOrigin + fetchStart`, which for a
 * redirect chain is after the redirect). Both clocks are the browser's.
 *
 * Vendor hosts are the e2e fakes (test/e2e/support/vendor-fakes.ts: config round trip before the
 * hit, the real transports) served over the network (./vendor-network.ts: HTTPS on 127.0.0.1,
 * Chromium's resolver mapping the vendor hosts there): no request goes through Playwright's
 * interception, which costs a round trip to Node per request. Every vendor request is held 50 ms
 * before it is answered, and the fakes send their hits as soon as their round trips are done.
 * Links fire their pixels without a consent decision (link consent policy `never`): consent is
 * measured by the e2e tests, this measures the path when pixels fire. "pixel yield" is the
 * server's `pixelConfirmed / pixelFires` for the case: below 100 % means some pages left at the
 * cap before every pixel had dispatched its hit.
 *
 * Run: `npx tsx bench/interstitial.ts` as root (after `npx tsx scripts/build-web.ts`);
 * `BENCH_RUNS` sets the runs per row (default 25, minimum 20).
 */
import os from 'node:os';
import type { Browser } from 'playwright-core';
import { PLATFORMS, type Platform } from '../src/core/pixels/platform.js';
import { startTestServer, type TestServer } from '../test/support/test-server.js';
import { launchChromium } from '../test/e2e/support/browser.js';
import { startDestinationServer, type DestinationServer } from '../test/e2e/support/destination-server.js';
import { createLink, createPixel, HUMAN_UA, linkStats } from '../test/e2e/support/live-server.js';
import { printTable } from './table.js';
import { startVendorNetwork, type VendorNetwork } from './vendor-network.js';

const RUNS = Math.max(20, Number(process.env.BENCH_RUNS ?? 25));
const WARMUP = 2;
const PIXEL_TIMEOUT_MS = 800;
const VENDOR_DELAY_MS = 50;

interface Case {
  name: string;
  platforms: Platform[];
  hang: Platform[];
  targetMs: number | null;
}

const CASES: Case[] = [
  { name: 'plain 302 (no pixels), baseline', platforms: [], hang: [], targetMs: null },
  { name: '1 pixel (Meta: loader + config + hit), vendors 50 ms', platforms: ['meta'], hang: [], targetMs: 150 },
  { name: '11 pixels (one per platform), vendors 50 ms', platforms: [...PLATFORMS], hang: [], targetMs: 150 },
  { name: '1 pixel, its host hangs (Meta)', platforms: ['meta'], hang: ['meta'], targetMs: PIXEL_TIMEOUT_MS + 100 },
  { name: '11 pixels, Meta host hangs, others 50 ms', platforms: [...PLATFORMS], hang: ['meta'], targetMs: PIXEL_TIMEOUT_MS + 100 },
];

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

const QUERY = 'utm_source=nl&utm_campaign=spring&fbclid=AbC-123_x&gclid=Cj0KCQ&ttclid=E.C.P.abc';

interface Sample {
  /** Short link navigation start → destination fetch start. */
  totalMs: number;
  /** Short link navigation start → first byte of the interstitial; null for a 302 (cross-origin redirect timings are zeroed). */
  ttfbMs: number | null;
}

/** One click in a fresh context. */
async function oneRun(browser: Browser, server: TestServer, shortUrl: string, landed: string): Promise<Sample> {
  const context = await browser.newContext({ userAgent: HUMAN_UA, ignoreHTTPSErrors: true, serviceWorkers: 'block' });
  try {
    // The interstitial reports its own navigation start and first byte as soon as it exists.
    let interstitial: { origin: number; responseStart: number } | null = null;
    await context.exposeBinding('__rcBenchStart', (_source, origin: number, responseStart: number) => void (interstitial ??= { origin, responseStart }));
    await context.addInitScript(
      `if (location.origin === ${JSON.stringify(new URL(server.url).origin)}) ` +
        `window.__rcBenchStart(performance.timeOrigin, performance.getEntriesByType('navigation')[0]?.responseStart ?? 0);`,
    );
    const page = await context.newPage();
    let servedPage = false;
    page.on('response', (response) => {
      if (response.url() === shortUrl && response.status() === 200) servedPage = true;
    });

    await page.goto(shortUrl, { waitUntil: 'commit' });
    await page.waitForURL((u) => u.href === landed, { timeout: 30_000 });
    const dest = await page.evaluate<{ origin: number; fetchStart: number }>(
      `({ origin: performance.timeOrigin, fetchStart: performance.getEntriesByType('navigation')[0].fetchStart })`,
    );
    // The interstitial's report was sent long before the destination existed; allow it a moment anyway.
    for (let i = 0; servedPage && interstitial === null && i < 100; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    const start = interstitial as { origin: number; responseStart: number } | null;
    if (servedPage && start === null) throw new Error('the interstitial did not report its navigation start');
    return {
      totalMs: dest.origin + dest.fetchStart - (start?.origin ?? dest.origin),
      ttfbMs: start ? start.responseStart : null,
    };
  } finally {
    await context.close();
  }
}

export interface InterstitialBenchRow {
  name: string;
  samples: Sample[];
  targetMs: number | null;
  /** Pixels the pages saw dispatched before leaving / pixels they fired (server stats, warm-up runs included); null without pixels. */
  yield: number | null;
}

/** The link's pixel yield once every click of the case is written. */
async function pixelYield(server: TestServer, linkId: string, clicks: number): Promise<number | null> {
  for (let i = 0; i < 200; i++) {
    const { totals } = await linkStats(server, linkId);
    // Confirmations land with (or shortly after) their clicks: wait for both to settle.
    if (totals.humanClicks >= clicks && i >= 10) return totals.pixelFires === 0 ? null : totals.pixelConfirmed / totals.pixelFires;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`only some of ${clicks} clicks were recorded`);
}

/**
 * Runs every case and prints the Markdown table; returns the raw samples.
 * @example const rows = await benchInterstitial(); // rows[1].samples: 25 × { totalMs, ttfbMs }
 */
export async function benchInterstitial(): Promise<InterstitialBenchRow[]> {
  let server: TestServer | undefined;
  let dest: DestinationServer | undefined;
  let browser: Browser | undefined;
  let vendors: VendorNetwork | undefined;
  const results: InterstitialBenchRow[] = [];
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  try {
    vendors = await startVendorNetwork(VENDOR_DELAY_MS);
    [server, dest, browser] = await Promise.all([
      startTestServer('sqlite', { PIXEL_TIMEOUT_MS: String(PIXEL_TIMEOUT_MS), CLICK_FLUSH_INTERVAL_MS: '100' }),
      startDestinationServer(),
      launchChromium(vendors.chromiumArgs),
    ]);
    for (const c of CASES) {
      const pixelIds = await Promise.all(c.platforms.map((p) => createPixel(server!, p)));
      const destination = `${dest.origin}/landing/${results.length}`;
      const link = await createLink(server, { url: destination, pixelIds, slug: 'bench', consent: { policy: 'never' } });
      vendors.hang(c.hang);
      const samples: Sample[] = [];
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const sample = await oneRun(browser, server, `${link.url}?${QUERY}`, `${destination}?${QUERY}`);
        if (i >= WARMUP) samples.push(sample);
      }
      results.push({ name: c.name, samples, targetMs: c.targetMs, yield: await pixelYield(server, link.id, WARMUP + RUNS) });
    }
  } finally {
    await browser?.close();
    await server?.close();
    await dest?.close();
    await vendors?.close();
  }

  printTable(
    `Short link → destination navigation in Chromium, ${RUNS} runs each (PIXEL_TIMEOUT_MS=${PIXEL_TIMEOUT_MS}, ${os.cpus().length} CPUs, load avg ${load})`,
    results.map((r) => {
      const total = r.samples.map((x) => x.totalMs);
      const ttfb = r.samples.flatMap((x) => (x.ttfbMs === null ? [] : [x.ttfbMs]));
      const p95 = percentile(total, 95);
      return {
        case: r.name,
        runs: total.length,
        'p50 ms': Math.round(percentile(total, 50)),
        'p95 ms': Math.round(p95),
        'max ms': Math.round(Math.max(...total)),
        'of which page TTFB p50': ttfb.length ? Math.round(percentile(ttfb, 50)) : '—',
        'pixel yield': r.yield === null ? '—' : `${Math.round(r.yield * 100)} %`,
        target: r.targetMs === null ? '—' : `≤ ${r.targetMs} ms`,
        'p95 on target': r.targetMs === null ? '—' : p95 <= r.targetMs ? 'yes' : 'no',
      };
    }),
  );
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchInterstitial();
