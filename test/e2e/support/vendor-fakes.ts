import type { BrowserContext, Route } from 'playwright-core';
import type { Platform } from '../../../src/core/pixels/platform.js';
import { gtagLoader } from './fakes/gtag.js';
import { linkedinLoader } from './fakes/linkedin.js';
import { metaConfig, metaLoader } from './fakes/meta.js';
import { microsoftLoader } from './fakes/microsoft.js';
import { pinterestLoader } from './fakes/pinterest.js';
import { CALL_BINDING, fakeScript, NAVIGATE, NAVIGATION_REPORTER, SENT } from './fakes/prelude.js';
import { quoraLoader } from './fakes/quora.js';
import { redditLoader } from './fakes/reddit.js';
import { snapchatLoader } from './fakes/snapchat.js';
import { tiktokLoader } from './fakes/tiktok.js';
import { xLoader } from './fakes/x.js';

/** One request that reached a vendor host. `seq` orders requests and calls together. */
export interface VendorRequest {
  seq: number;
  platform: Platform;
  kind: 'loader' | 'round-trip' | 'hit';
  url: string;
  method: string;
  body: string | null;
  resourceType: string;
}

/** One call a vendor global received, as the fake library saw it (after the stub's queue). */
export interface GlobalCall {
  seq: number;
  /** `fbq`, `gtag`, `ttq`, `lintrk`, `_linkedin_data_partner_ids`, `twq`, `pintrk`, `snaptr`, `rdt`, `UET`, `uetq`, `qp`. */
  global: string;
  args: unknown[];
  /** The pixel a call was bound to, where the API has instances (TikTok `ttq.instance`, UET per tag). */
  target: string | null;
}

/**
 * What the page itself did, in the page's own order: a fake library issuing a hit (`sent`), or the
 * page starting a navigation (`navigate`, from the Navigation API). Unlike request interception,
 * whose order across navigations and subresources is not guaranteed, this order is exact.
 */
export interface PageEvent {
  seq: number;
  kind: 'sent' | 'navigate';
  url: string;
}

export interface VendorFakeOptions {
  /** Delay between a fake library's config round trip and its hits (default 25 ms). */
  hitDelayMs?: number;
  /** Platforms whose hosts never answer. gtag's host serves Google Ads and GA4, so either hangs both. */
  hang?: Platform[];
}

export interface VendorFakes {
  readonly requests: readonly VendorRequest[];
  readonly calls: readonly GlobalCall[];
  readonly timeline: readonly PageEvent[];
  hits(platform?: Platform): VendorRequest[];
  /** The argument lists `global` received, in order (optionally only those bound to `target`). */
  callsOf(global: string, target?: string): unknown[][];
  /** Answers the hung requests (with an abort), so the context can close cleanly. */
  release(): Promise<void>;
}

/** Host suffix → owning platforms (longest suffixes first: analytics.google.com before google.com). */
const HOSTS: [suffix: string, platforms: Platform[]][] = [
  ['analytics.google.com', ['ga4']],
  ['google-analytics.com', ['ga4']],
  ['googletagmanager.com', ['google_ads', 'ga4']],
  ['doubleclick.net', ['google_ads']],
  ['googleadservices.com', ['google_ads']],
  ['googlesyndication.com', ['google_ads']],
  ['google.com', ['google_ads']],
  ['facebook.net', ['meta']],
  ['facebook.com', ['meta']],
  ['licdn.com', ['linkedin']],
  ['linkedin.com', ['linkedin']],
  ['tiktok.com', ['tiktok']],
  ['ads-twitter.com', ['x']],
  ['twitter.com', ['x']],
  ['t.co', ['x']],
  ['pinimg.com', ['pinterest']],
  ['pinterest.com', ['pinterest']],
  ['sc-static.net', ['snapchat']],
  ['snapchat.com', ['snapchat']],
  ['redditstatic.com', ['reddit']],
  ['reddit.com', ['reddit']],
  ['bing.com', ['microsoft']],
  ['quora.com', ['quora']],
];

/** The hits the fakes send, written independently of the catalog so the catalog is really tested. */
const HIT_URLS: Record<Platform, RegExp> = {
  meta: /^https:\/\/www\.facebook\.com\/tr\/?(\?|$)/,
  google_ads: /^https:\/\/googleads\.g\.doubleclick\.net\/pagead\/viewthroughconversion\//,
  ga4: /^https:\/\/region1\.google-analytics\.com\/g\/collect\?/,
  linkedin: /^https:\/\/px\.ads\.linkedin\.com\/(wa|collect)\//,
  tiktok: /^https:\/\/analytics\.tiktok\.com\/api\/v2\/pixel$/,
  x: /^https:\/\/(t\.co|analytics\.twitter\.com)\/1\/i\/adsct\?/,
  pinterest: /^https:\/\/ct\.pinterest\.com\/v3\/\?/,
  snapchat: /^https:\/\/tr\.snapchat\.com\/p$/,
  reddit: /^https:\/\/alb\.reddit\.com\/rp\.gif\?/,
  microsoft: /^https:\/\/bat\.bing\.com\/action\/0\?/,
  quora: /^https:\/\/q\.quora\.com\/_\/ad\/[^/]+\/pixel\?/,
};

function owners(hostname: string): Platform[] | null {
  for (const [suffix, platforms] of HOSTS) if (hostname === suffix || hostname.endsWith(`.${suffix}`)) return platforms;
  return null;
}

/** Whether a URL belongs to any ad vendor the fakes stand in for. */
export function isVendorUrl(url: URL): boolean {
  return owners(url.hostname) !== null;
}

/**
 * Routes every ad-vendor host of `context` to fakes that behave like the real libraries (see
 * ./fakes/prelude.ts) and records every vendor request and every call the vendor globals receive.
 *
 * @example
 * const fakes = await installVendorFakes(context, { hang: ['meta'] });
 * await page.goto(interstitialUrl);
 * expect(fakes.hits('tiktok')).toHaveLength(2);
 */
export async function installVendorFakes(context: BrowserContext, options: VendorFakeOptions = {}): Promise<VendorFakes> {
  const delay = options.hitDelayMs ?? 25;
  const hang = new Set(options.hang ?? []);
  const requests: VendorRequest[] = [];
  const calls: GlobalCall[] = [];
  const timeline: PageEvent[] = [];
  const hung: Route[] = [];
  let seq = 0;

  await context.exposeBinding(CALL_BINDING, (_source, global: string, args: unknown[], target: string | null) => {
    if (global === SENT || global === NAVIGATE) {
      timeline.push({ seq: seq++, kind: global === SENT ? 'sent' : 'navigate', url: String(args[0]) });
    } else {
      calls.push({ seq: seq++, global, args, target });
    }
  });
  await context.addInitScript(NAVIGATION_REPORTER);

  await context.route(
    (url) => isVendorUrl(url),
    async (route, request) => {
      const url = new URL(request.url());
      const answer = answerVendorRequest(url, request.resourceType(), delay);
      requests.push({
        seq: seq++,
        platform: answer.platform,
        kind: answer.kind,
        url: url.href,
        method: request.method(),
        body: request.postData(),
        resourceType: request.resourceType(),
      });
      if (answer.platforms.some((p) => hang.has(p))) {
        hung.push(route);
        return;
      }
      const origin = request.headers()['origin'];
      await route.fulfill({ status: 200, headers: corsHeaders(origin), contentType: answer.contentType, body: answer.body }).catch(() => {
        // The page may already have moved on; the request was recorded, which is what counts.
      });
    },
  );

  return {
    requests,
    calls,
    timeline,
    hits: (platform) => requests.filter((r) => r.kind === 'hit' && (platform === undefined || r.platform === platform)),
    callsOf: (global, target) =>
      calls.filter((c) => c.global === global && (target === undefined || c.target === target)).map((c) => c.args),
    release: async () => {
      await Promise.all(hung.splice(0).map((r) => r.abort().catch(() => undefined)));
    },
  };
}

/** What a fake vendor answers to one request, wherever it is served from (route or network). */
export interface VendorAnswer {
  platform: Platform;
  /** Every platform served by the host (gtag's serves Google Ads and GA4). */
  platforms: Platform[];
  kind: VendorRequest['kind'];
  contentType: string;
  body: string | Buffer;
}

/**
 * The fakes' answer to a request for `url` on a vendor host. `resourceType` tells an image hit from
 * a script hit: Playwright's resource type, or a request's `Sec-Fetch-Dest` (the same words for
 * both). `delay` is the fake libraries' pause before their hits.
 */
export function answerVendorRequest(url: URL, resourceType: string, delay: number): VendorAnswer {
  const platforms = owners(url.hostname);
  if (!platforms) throw new Error(`not a vendor host: ${url.hostname}`);
  const hit = platforms.find((p) => HIT_URLS[p].test(url.href));
  const script = hit ? null : loaderScript(url, delay);
  const reply = script
    ? { contentType: 'application/javascript', body: script.body }
    : hit && resourceType === 'image'
      ? { contentType: 'image/gif', body: GIF }
      : hit && resourceType === 'script'
        ? { contentType: 'application/javascript', body: '/* recorded */' }
        : url.hostname === 'pixel-config.reddit.com'
          ? { contentType: 'application/json', body: '{"pixel_id":"fake","features":{}}' }
          : { contentType: 'text/plain', body: '' };
  return { platform: hit ?? platformOf(url, platforms), platforms, kind: hit ? 'hit' : script?.loader ? 'loader' : 'round-trip', ...reply };
}

/** CORS headers that let the page read a fake's answer, credentials included (as the vendors do). */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  return { 'access-control-allow-origin': origin ?? '*', 'access-control-allow-credentials': 'true' };
}

/** Every vendor host suffix the fakes stand in for. */
export const VENDOR_HOST_SUFFIXES: readonly string[] = HOSTS.map(([suffix]) => suffix);

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function platformOf(url: URL, platforms: Platform[]): Platform {
  if (platforms.length === 1) return platforms[0]!;
  // googletagmanager.com: tell Google Ads and GA4 apart by the id it serves.
  return (url.searchParams.get('id') ?? '').startsWith('G-') ? 'ga4' : 'google_ads';
}

/** The fake library or config script for a vendor script URL; `null` for everything else. */
function loaderScript(url: URL, delay: number): { loader: boolean; body: string } | null {
  const at = `${url.hostname}${url.pathname}`;
  const lib = (body: string) => ({ loader: true, body: fakeScript(body, delay) });
  const roundTrip = (body = '') => ({ loader: false, body });
  if (at === 'connect.facebook.net/en_US/fbevents.js') return lib(metaLoader);
  if (at.startsWith('connect.facebook.net/signals/config/')) return roundTrip(metaConfig(url.pathname.split('/').pop() ?? ''));
  if (at === 'www.googletagmanager.com/gtag/js') return lib(gtagLoader(url.searchParams.get('id') ?? ''));
  if (at === 'www.googletagmanager.com/gtag/destination') return roundTrip();
  if (at === 'snap.licdn.com/li.lms-analytics/insight.min.js') return lib(linkedinLoader);
  if (at === 'analytics.tiktok.com/i18n/pixel/events.js') return lib(tiktokLoader(url.searchParams.get('sdkid') ?? ''));
  if (at === 'analytics.tiktok.com/i18n/pixel/config.js') return roundTrip();
  if (at === 'static.ads-twitter.com/uwt.js') return lib(xLoader);
  if (at === 's.pinimg.com/ct/core.js') return lib(pinterestLoader);
  if (at.startsWith('s.pinimg.com/ct/lib/')) return roundTrip();
  if (at === 'sc-static.net/scevent.min.js') return lib(snapchatLoader);
  if (at.startsWith('tr.snapchat.com/config/')) return roundTrip();
  if (at === 'www.redditstatic.com/ads/pixel.js') return lib(redditLoader);
  if (at === 'bat.bing.com/bat.js') return lib(microsoftLoader);
  if (at.startsWith('bat.bing.com/p/action/')) return roundTrip();
  if (at === 'a.quora.com/qevents.js') return lib(quoraLoader);
  return null;
}

/** Query and (form or text) body parameters of a hit, merged. */
export function hitParams(request: VendorRequest): URLSearchParams {
  const params = new URL(request.url).searchParams;
  if (request.body && !request.body.trimStart().startsWith('{') && !request.body.trimStart().startsWith('[')) {
    for (const [k, v] of new URLSearchParams(request.body)) params.append(k, v);
  }
  return params;
}

/** The JSON body of a hit (TikTok, Snap, LinkedIn). */
export function hitJson<T = unknown>(request: VendorRequest): T {
  return JSON.parse(request.body ?? 'null') as T;
}
