/**
 * Real Chromium against the real Ricochet server (test/support/test-server.ts): a visitor context
 * with the vendor fakes on their own network (./vendor-network.ts), problem collection, fake sites
 * when asked for, the visitor's country (the `GEO_COUNTRY_HEADER` a CDN would add, sent to the
 * server only), `Sec-GPC`, a log of the server's responses (a plain 302 is visible only there), and
 * API helpers to create pixels and links and read a link's stats and clicks. No vitest imports: the
 * benchmark (bench/interstitial.ts) uses it too.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { CATALOG } from '../../../src/core/pixels/catalog.js';
import type { Platform } from '../../../src/core/pixels/platform.js';
import { OWNER_KEY, type TestServer } from '../../support/test-server.js';
import { launchChromium, newContext } from './browser.js';
import { routeFakeSites } from './fake-sites.js';
import { collectPageProblems, type PageProblem } from './page-problems.js';
import type { VendorFakeOptions } from './vendor-fakes.js';
import { startVendorNetwork, type VendorNetwork, type VendorSession } from './vendor-network.js';

/**
 * A desktop Chrome user agent. Headless Chromium's own says `HeadlessChrome`, which `isbot`
 * (rightly) classifies as a bot, and a bot never gets the interstitial.
 */
export const HUMAN_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

/** The env the e2e servers share: the visitor's country from a header, clicks written quickly. */
export const COUNTRY_HEADER = 'x-country';
export const LIVE_ENV = { GEO_COUNTRY_HEADER: COUNTRY_HEADER, CLICK_FLUSH_INTERVAL_MS: '50' } as const;

/** One response of the Ricochet server, redirects included (Playwright reports each hop). */
export interface ServerResponse {
  url: string;
  method: string;
  status: number;
  headers: Record<string, string>;
}

/** One Chromium whose vendor hosts resolve to the fake vendor network. */
export interface LiveBrowser {
  browser: Browser;
  vendors: VendorNetwork;
  close(): Promise<void>;
}

/** Starts the fake vendor network and a Chromium that reaches it (and nothing else off this machine). */
export async function launchLiveBrowser(): Promise<LiveBrowser> {
  const vendors = await startVendorNetwork();
  const browser = await launchChromium(vendors.chromiumArgs);
  return {
    browser,
    vendors,
    async close() {
      await browser.close();
      await vendors.close();
    },
  };
}

export interface LiveVisitorOptions {
  /**
   * ISO country sent in `GEO_COUNTRY_HEADER`; absent → unknown country (an opt-in region). Added by
   * a route, which pauses every request of the context (vendor hits included) for a round trip to
   * Node: tests about when a hit reaches the wire leave it out.
   */
  country?: string;
  /** Send `Sec-GPC: 1` on every request (Chromium has no setting for it). */
  gpc?: boolean;
  userAgent?: string;
  fakes?: VendorFakeOptions;
  /** Fake `https://*.example` pages (a route, see `country`); `{}` for the echo page only. */
  sites?: Record<string, string>;
  context?: BrowserContextOptions;
}

export interface LiveVisitor {
  context: BrowserContext;
  page: Page;
  fakes: VendorSession;
  /** CSP violations, console errors and exceptions on the server's pages (not on fake sites). */
  problems: PageProblem[];
  /** Every response from the Ricochet server, in arrival order. */
  responses: ServerResponse[];
  /** Responses for one path (`/slug`), whatever the query. */
  responsesFor(path: string): ServerResponse[];
  close(): Promise<void>;
}

/**
 * A fresh browser context visiting `server` as one person.
 *
 * @example
 * const v = await openLiveVisitor(live, server, { country: 'US' });
 * await v.page.goto(`${server.url}/spring?fbclid=x`);
 */
export async function openLiveVisitor(live: LiveBrowser, server: TestServer, options: LiveVisitorOptions = {}): Promise<LiveVisitor> {
  const origin = new URL(server.url).origin;
  // `Sec-GPC` goes in at the network layer, on every request, as a GPC browser sends it: Chromium
  // drops `Sec-` headers given to a route's `fallback`/`continue` (seen with Chromium 156).
  const gpc = options.gpc ? { extraHTTPHeaders: { ...options.context?.extraHTTPHeaders, 'Sec-GPC': '1' } } : {};
  const fakes = live.vendors.session(options.fakes);
  const userAgent = fakes.userAgent(options.userAgent ?? HUMAN_UA);
  const context = await newContext(live.browser, { ...options.context, ...gpc, userAgent });
  const problems = await collectPageProblems(context, (url) => url.startsWith(origin));
  await fakes.attach(context);
  if (options.sites) await routeFakeSites(context, options.sites);

  if (options.country !== undefined) {
    // Only requests to the server get it, as a CDN in front of it would add it; vendor hosts never
    // see it (a custom header would also turn their CORS requests into preflights).
    const country = options.country;
    await context.route(
      (url) => url.origin === origin,
      async (route) => route.fallback({ headers: { ...(await route.request().allHeaders()), [COUNTRY_HEADER]: country } }),
    );
  }

  const responses: ServerResponse[] = [];
  context.on('response', (response) => {
    if (!response.url().startsWith(origin)) return;
    responses.push({ url: response.url(), method: response.request().method(), status: response.status(), headers: response.headers() });
  });

  const page = await context.newPage();
  return {
    context,
    page,
    fakes,
    problems,
    responses,
    responsesFor: (path) => responses.filter((r) => new URL(r.url).pathname === path),
    async close() {
      await fakes.release();
      await context.close();
    },
  };
}

/** What the API helpers below need of a server: its URL and an API call (a `TestServer`, or `remoteServer`). */
export type ApiServer = Pick<TestServer, 'url' | 'api'>;

/**
 * A Ricochet server running elsewhere (another process), reached over HTTP with the owner key.
 * @example const server = remoteServer('http://127.0.0.1:8080'); await createPixel(server, 'meta');
 */
export function remoteServer(url: string, key: string = OWNER_KEY): ApiServer {
  return {
    url,
    async api(method, path, body) {
      const res = await fetch(`${url}/api/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
    },
  };
}

/**
 * Creates a pixel through the API (the platform's catalogue example id unless given); returns its
 * id. A workspace holds each platform + tag id once (409 PIXEL_DUPLICATE names the pixel that has
 * it), so asking for the same one again returns that pixel.
 */
export async function createPixel(server: ApiServer, platform: Platform, tagId: string = CATALOG[platform].example): Promise<string> {
  const res = await server.api('POST', '/pixels', { platform, tagId, name: `${platform} ${tagId}` });
  if (res.status === 409 && res.body.error?.code === 'PIXEL_DUPLICATE') return res.body.error.details.pixelId as string;
  if (res.status !== 201) throw new Error(`POST /pixels ${platform}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

export interface CreatedLink {
  id: string;
  slug: string;
  /** `server.url` + `/slug` (127.0.0.1, the host the browser's cookies live on). */
  url: string;
  path: string;
}

let slugs = 0;

/** Creates a link through the API with a unique slug (`body.slug` as prefix); pixels must be listed. */
export async function createLink(server: ApiServer, body: Record<string, unknown> & { url: string }): Promise<CreatedLink> {
  const slug = `${String(body.slug ?? 'e2e')}-${process.pid}-${++slugs}`;
  const res = await server.api('POST', '/links', { pixelIds: [], ...body, slug });
  if (res.status !== 201) throw new Error(`POST /links: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id as string, slug, url: `${server.url}/${slug}`, path: `/${slug}` };
}

export interface LinkStats {
  totals: { clicks: number; humanClicks: number; bots: number; uniqueVisitors: number; pixelFires: number; pixelConfirmed: number };
  consent: Array<{ outcome: string; clicks: number }>;
  pixels: Array<{ pixelId: string; fires: number; confirmed: number; yield: number | null }>;
}

export async function linkStats(server: ApiServer, linkId: string): Promise<LinkStats> {
  const res = await server.api('GET', `/links/${linkId}/stats`);
  if (res.status !== 200) throw new Error(`GET /links/${linkId}/stats: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as LinkStats;
}

/** The counters of `GET /metrics` whose name and labels start with `prefix`, e.g. `ricochet_redirects_total{outcome="prefetch_declined"}`. */
export async function metric(server: TestServer, prefix: string): Promise<number> {
  const text = await (await server.get('/metrics')).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

/** The link's rows of `GET /clicks.csv` (RFC 4180 quoting), keyed by column name. */
export async function clickRows(server: TestServer, linkId: string): Promise<Array<Record<string, string>>> {
  const res = await fetch(`${server.url}/api/v1/clicks.csv?linkId=${encodeURIComponent(linkId)}`, {
    headers: { authorization: `Bearer ${OWNER_KEY}` },
  });
  if (res.status !== 200) throw new Error(`GET /clicks.csv: ${res.status}`);
  const [header, ...rows] = parseCsv(await res.text());
  return rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}
