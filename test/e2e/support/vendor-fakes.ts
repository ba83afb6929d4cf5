/**
 * Fake ad vendors that behave like the real loaders (docs/vendor-fakes.md): which platform a vendor
 * URL belongs to, and what it answers (the fake library, its config round trips, an empty answer or
 * a 1×1 GIF for a hit). Served over the network by ./vendor-network.ts, for the Chromium tests and
 * the interstitial benchmark alike.
 */
import type { Platform } from '../../../src/core/pixels/platform.js';
import { gtagLoader } from './fakes/gtag.js';
import { linkedinLoader } from './fakes/linkedin.js';
import { metaConfig, metaLoader } from './fakes/meta.js';
import { microsoftLoader } from './fakes/microsoft.js';
import { pinterestLoader } from './fakes/pinterest.js';
import { fakeScript } from './fakes/prelude.js';
import { quoraLoader } from './fakes/quora.js';
import { redditLoader } from './fakes/reddit.js';
import { snapchatLoader } from './fakes/snapchat.js';
import { tiktokLoader } from './fakes/tiktok.js';
import { xLoader } from './fakes/x.js';

/** One request that reached a fake vendor host. `seq` orders requests, calls and page events together. */
export interface VendorRequest {
  seq: number;
  platform: Platform;
  kind: 'loader' | 'round-trip' | 'hit';
  url: string;
  method: string;
  body: string | null;
  /** The request's `Sec-Fetch-Dest`: `script`, `image`, `iframe`, `empty` (fetch, XHR, beacon), … */
  dest: string;
  /** `performance.now()` of the test process when the request had fully arrived. */
  at: number;
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

/** How a fake library hands a hit to the browser, as the real library does (docs/vendor-fakes.md). */
export type Transport = 'image' | 'beacon' | 'fetch-keepalive' | 'xhr' | 'script' | 'form';

/**
 * What the page itself did, in the page's own order: a fake library handing a hit to the browser
 * (`sent`, with its transport), or the page starting a navigation (`navigate`, from the Navigation
 * API). Unlike arrivals at the server, this order is exact.
 */
export interface PageEvent {
  seq: number;
  kind: 'sent' | 'navigate';
  url: string;
  /** `sent`: how the hit left (a `Transport`), and its body where it has one. */
  transport?: string;
  body?: string | null;
  /** The page's `performance.now()` (ms since its navigation began): when the hit was handed over, or the page started leaving. */
  pageMs?: number;
}

export interface VendorFakeOptions {
  /** Pause between a fake library's last round trip and its hits (default 25 ms). */
  hitDelayMs?: number;
  /** How long every answer is held, like a vendor that far away (default 0). */
  answerMs?: number;
  /** Platforms whose hosts never answer. gtag's host serves Google Ads and GA4, so either hangs both. */
  hang?: readonly Platform[];
  /** Record hits but never answer them (until `release`): a page that waits for answers never leaves. */
  holdHits?: boolean;
}

/** What one browser context sent to the fake vendors, and what their globals were told. */
export interface VendorFakes {
  readonly requests: readonly VendorRequest[];
  readonly calls: readonly GlobalCall[];
  readonly timeline: readonly PageEvent[];
  hits(platform?: Platform): VendorRequest[];
  /** The argument lists `global` received, in order (optionally only those bound to `target`). */
  callsOf(global: string, target?: string): unknown[][];
  /** Aborts the requests held without an answer, so the context can close cleanly. */
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
 * The fakes' answer to a request for `url` on a vendor host. `dest` (the request's
 * `Sec-Fetch-Dest`) tells an image hit from a script hit; `delay` is the fake libraries' pause
 * before their hits.
 */
export function answerVendorRequest(url: URL, dest: string, delay: number): VendorAnswer {
  const platforms = owners(url.hostname);
  if (!platforms) throw new Error(`not a vendor host: ${url.hostname}`);
  const hit = platforms.find((p) => HIT_URLS[p].test(url.href));
  const script = hit ? null : loaderScript(url, delay);
  const reply = script
    ? { contentType: 'application/javascript', body: script.body }
    : hit && dest === 'image'
      ? { contentType: 'image/gif', body: GIF }
      : hit && dest === 'script'
        ? { contentType: 'application/javascript', body: '/* recorded */' }
        : url.hostname === 'pixel-config.reddit.com'
          ? { contentType: 'application/json', body: '{"pixel_id":"fake","features":{}}' }
          : { contentType: 'text/plain', body: '' };
  return { platform: hit ?? platformOf(url, platforms), platforms, kind: hit ? 'hit' : script?.loader ? 'loader' : 'round-trip', ...reply };
}

/** CORS headers that let the page read a fake's answer, credentials included (as the vendors do). */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  // Timing-Allow-Origin lets the page (and the benchmark) see the requests' detailed timings.
  return { 'access-control-allow-origin': origin ?? '*', 'access-control-allow-credentials': 'true', 'timing-allow-origin': '*' };
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
  if (at.startsWith('analytics.tiktok.com/i18n/pixel/static/')) return roundTrip();
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
