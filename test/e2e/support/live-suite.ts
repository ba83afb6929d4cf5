import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { hitMatches, hitRule } from '../../../src/core/pixels/catalog.js';
import type { Platform } from '../../../src/core/pixels/platform.js';
import { startTestServer, type TestServer } from '../../support/test-server.js';
import { startDestinationServer, type DestinationServer } from './destination-server.js';
import {
  createLink,
  createPixel,
  launchLiveBrowser,
  LIVE_ENV,
  linkStats,
  openLiveVisitor,
  type CreatedLink,
  type LinkStats,
  type LiveBrowser,
  type LiveVisitor,
  type LiveVisitorOptions,
} from './live-server.js';
import type { VendorFakes } from './vendor-fakes.js';

export interface LiveLink extends CreatedLink {
  /** Where a click with `query` lands: the destination with the query appended as sent. */
  landed(query?: string): string;
}

export interface LiveSuite {
  server(): TestServer;
  dest(): DestinationServer;
  live(): LiveBrowser;
  /** A visitor (fresh context) of the suite's server, or of `on`; closed after the test. */
  visitor(options?: LiveVisitorOptions, on?: TestServer): Promise<LiveVisitor>;
  /**
   * A link with one pixel per entry (`platform` with the catalogue's example id, or `[platform,
   * tagId]`) to a fresh path of the destination server unless `body.url` says otherwise; consent
   * policy `never` unless `body.consent` says otherwise.
   */
  link(pixels: ReadonlyArray<Platform | [Platform, string]>, body?: Record<string, unknown>, on?: TestServer): Promise<LiveLink & { pixelIds: string[] }>;
  /** Polls the link's stats until `ready` holds, then returns them. */
  statsWhen(linkId: string, ready: (s: LinkStats) => boolean, on?: TestServer): Promise<LinkStats>;
}

/**
 * Registers the hooks of a Chromium suite against the real Ricochet server (SQLite, port 0): one
 * server with `env`, one destination server and one Chromium with the fake vendor network per file,
 * a fresh visitor context per call, closed after each test.
 */
export function useLiveSuite(env: Record<string, string> = {}): LiveSuite {
  let server: TestServer;
  let dest: DestinationServer;
  let live: LiveBrowser;
  const open: LiveVisitor[] = [];
  let paths = 0;

  beforeAll(async () => {
    [server, dest, live] = await Promise.all([startTestServer('sqlite', { ...LIVE_ENV, ...env }), startDestinationServer(), launchLiveBrowser()]);
  });
  afterEach(async () => {
    for (const v of open.splice(0)) await v.close();
  });
  afterAll(async () => {
    await live?.close();
    await server?.close();
    await dest?.close();
  });

  return {
    server: () => server,
    dest: () => dest,
    live: () => live,
    async visitor(options = {}, on = server) {
      const v = await openLiveVisitor(live, on, options);
      open.push(v);
      return v;
    },
    async link(pixels, body = {}, on = server) {
      const pixelIds = await Promise.all(pixels.map((p) => (typeof p === 'string' ? createPixel(on, p) : createPixel(on, p[0], p[1]))));
      const url = typeof body.url === 'string' ? body.url : `${dest.origin}/landing/${process.pid}-${++paths}`;
      const link = await createLink(on, { consent: { policy: 'never' }, ...body, url, pixelIds });
      return { ...link, pixelIds, landed: (query?: string) => (query ? `${url}?${query}` : url) };
    },
    async statsWhen(linkId, ready, on = server) {
      let last: LinkStats | undefined;
      await expect.poll(async () => ready((last = await linkStats(on, linkId))), { timeout: 10_000, interval: 100 }).toBe(true);
      return last!;
    },
  };
}

/**
 * The page left on dispatch, in the page's own order: each pixel's counted hit (catalog
 * `dispatchedHit`, event `eventName`) was handed to the browser before the page started leaving, so
 * a page that left on script `onload` fails even where its hits escaped; and it left well before
 * `capMs`. Hits a library hands over later in the same call (X sends each event to two hosts) may
 * follow the navigation; whether they arrive is the caller's to check.
 */
export function expectLeftOnDispatch(
  fakes: VendorFakes,
  landed: string,
  pixels: ReadonlyArray<{ platform: Platform; tagId: string }>,
  capMs: number,
  eventName = 'ricochet_click',
): void {
  const leave = fakes.timeline.find((e) => e.kind === 'navigate' && e.url === landed);
  expect(leave, 'the page never left for the destination').toBeDefined();
  // Before the cap could have moved it: it left because the hits were dispatched. The cap is the
  // bound, not a guess at how fast the machine is (issue 14).
  expect(leave!.pageMs).toBeLessThan(capMs);
  for (const { platform, tagId } of pixels) {
    const rule = hitRule(platform, tagId, eventName);
    const counted = fakes.timeline.find(
      (e) => e.kind === 'sent' && hitMatches(rule, new URL(e.url), `${decode(e.url)} ${decode(e.body ?? '')}`),
    );
    expect(counted, `${platform} ${tagId}: its counted hit was never handed to the browser`).toBeDefined();
    expect(counted!.seq, `${platform} ${tagId}: the page left before its counted hit`).toBeLessThan(leave!.seq);
  }
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}
