import type { Platform } from './platform.js';

/**
 * Everything Ricochet knows about each ad platform, as pure data: id shapes, loader URL, the hosts a
 * page's CSP must allow, where the platform's hits land, no-JS beacons, TCF vendor id and audience
 * minimum. What each fact rests on, and how sure it is, is in docs/pixels.md (cited by section,
 * "docs/pixels.md §n"), whose tables are generated from this file (`npm run docs:pixels`).
 *
 * The interstitial's browser script imports only {@link hitMatches} from this file; the data reaches
 * the page through its JSON block, so keep this module free of side effects (esbuild drops the rest).
 */

/** Hosts (CSP source expressions) one platform needs on the interstitial. */
export interface CspHosts {
  script: readonly string[];
  connect: readonly string[];
  img: readonly string[];
  frame: readonly string[];
  /** Only Meta: its library falls back to a hidden-iframe form POST for long hits (docs/pixels.md §4.3). */
  form: readonly string[];
}

/**
 * A collection endpoint: `host` matches that host or any subdomain (regional hosts exist:
 * `region1.google-analytics.com`, `analytics.us.tiktok.com`), `path` matches whole leading path
 * segments (`/action` matches `/action/0`, not `/p/action/123.js`).
 */
export interface HitEndpoint {
  host: string;
  path: string;
}

/** What identifies the one hit of a pixel that counts as "dispatched" (see `dispatchedHit`). */
export interface HitRule {
  endpoints: readonly HitEndpoint[];
  /** Every mark must occur in the decoded URL or request body (pixel id, event name, ...). */
  marks: readonly string[];
}

export interface MinAudience {
  /** Matched platform users needed before the audience serves; `null` = not published. */
  size: number | null;
  source: string;
}

export interface PlatformSpec {
  label: string;
  /** Shape of the platform's id, inferred from observed ids (docs/pixels.md §0): a warning, never a reject. */
  idPattern: RegExp;
  /** How the id usually looks, for people ("15–16 digits"). */
  idHint: string;
  /** A well-shaped id (UI placeholder, tests). */
  example: string;
  /** The official loader for this id (one script serves every pixel of a platform, except TikTok). */
  loaderUrl(tagId: string): string;
  csp: CspHosts;
  /** Where the platform's hits land (docs/pixels.md §4.3). Config round trips are deliberately absent. */
  hitEndpoints: readonly HitEndpoint[];
  /** Marks of the hit that counts as dispatched; `eventName` is the link's audience event. */
  hitMarks(tagId: string, eventName: string): string[];
  /** Human description of which hit counts as dispatched, and why. */
  dispatchedHit: string;
  /** The platform's own name for its base page-view event. */
  pageViewEvent: string;
  /** No-JS image beacon for `<noscript>`, or `null` where the platform has none. */
  noscriptBeacon: ((tagId: string, eventName: string) => string) | null;
  /** IAB TCF Global Vendor List id, or `null` when the platform is not a registered vendor. */
  tcfVendorId: number | null;
  minAudience: MinAudience;
}

// Module-level values must stay side-effect free (template literals over variables are not, to
// esbuild), or the browser bundle would carry the whole catalog along with `hitMatches`.
const enc = (s: string) => encodeURIComponent(s);
// GVL v106 (lastUpdated 2025-05-08), docs/pixels.md §7: Google 755, LinkedIn 804,
// Microsoft 1126. Meta, TikTok (986 is Pangle, not the pixel), X, Pinterest, Snap, Reddit and Quora
// have no entry, so a TC string can never grant them.
const GVL_GOOGLE = 755;

const GTAG = 'https://www.googletagmanager.com';
const none: readonly string[] = [];

// Hosts per platform are the loader, its config round trips, and its collection endpoints
// (docs/pixels.md §0, §4.1 "CSP allowing the vendor script/beacon hosts", §4.3).
export const CATALOG: Readonly<Record<Platform, PlatformSpec>> = {
  meta: {
    label: 'Meta',
    idPattern: /^\d{15,16}$/,
    idHint: '15–16 digits',
    example: '123456789012345',
    loaderUrl: () => 'https://connect.facebook.net/en_US/fbevents.js',
    csp: {
      script: ['https://connect.facebook.net'],
      connect: ['https://connect.facebook.net', 'https://www.facebook.com'],
      img: ['https://www.facebook.com'],
      frame: ['https://www.facebook.com'],
      form: ['https://www.facebook.com'],
    },
    hitEndpoints: [{ host: 'facebook.com', path: '/tr' }],
    hitMarks: (id, ev) => [`id=${id}`, `ev=${ev}`],
    dispatchedHit:
      'facebook.com/tr with id=<pixel> and ev=<audience event> (image GET, or form POST for long hits); ' +
      'it leaves after signals/config/<pixel> and after the PageView hit.',
    pageViewEvent: 'PageView',
    noscriptBeacon: (id, ev) => `https://www.facebook.com/tr?id=${enc(id)}&ev=${enc(ev)}&noscript=1`,
    tcfVendorId: null,
    minAudience: { size: 100, source: 'docs/pixels.md §6: 100 matched people' },
  },
  google_ads: {
    label: 'Google Ads',
    idPattern: /^AW-\d+$/,
    idHint: 'AW- then digits',
    example: 'AW-123456789',
    loaderUrl: (id) => `${GTAG}/gtag/js?id=${enc(id)}`,
    csp: {
      script: [GTAG, 'https://googleads.g.doubleclick.net', 'https://www.googleadservices.com', 'https://www.google.com'],
      connect: [
        GTAG,
        'https://googleads.g.doubleclick.net',
        'https://www.googleadservices.com',
        'https://pagead2.googlesyndication.com',
        'https://ad.doubleclick.net',
        'https://www.google.com',
      ],
      img: [GTAG, 'https://googleads.g.doubleclick.net', 'https://www.googleadservices.com', 'https://ad.doubleclick.net', 'https://www.google.com'],
      frame: ['https://td.doubleclick.net', GTAG],
      form: none,
    },
    // The remarketing hit is a <script> to viewthroughconversion; conversions and newer tags use
    // /pagead/conversion, /ccm/ and /rmkt/ (docs/pixels.md §4.3).
    hitEndpoints: [
      { host: 'doubleclick.net', path: '/pagead' },
      { host: 'googleadservices.com', path: '/pagead' },
      { host: 'googlesyndication.com', path: '/ccm' },
      { host: 'doubleclick.net', path: '/ccm' },
      { host: 'google.com', path: '/rmkt' },
      { host: 'google.com', path: '/ccm' },
      { host: 'google.com', path: '/pagead' },
    ],
    hitMarks: (id, ev) => [`/${id.replace(/^AW-/, '')}/`, `en=${ev}`],
    dispatchedHit:
      'the remarketing hit for the audience event (/pagead/viewthroughconversion/<id>/ with en=<event>), ' +
      "or gtag's documented event_callback for that event, whichever is seen first.",
    pageViewEvent: 'page_view',
    noscriptBeacon: null,
    tcfVendorId: GVL_GOOGLE,
    minAudience: { size: 100, source: 'docs/pixels.md §6: 100 active users in 30 days (Display, Search, YouTube)' },
  },
  ga4: {
    label: 'Google Analytics',
    idPattern: /^G-[A-Z0-9]{10}$/,
    idHint: 'G- then 10 capitals or digits',
    example: 'G-AB12CD34EF',
    loaderUrl: (id) => `${GTAG}/gtag/js?id=${enc(id)}`,
    csp: {
      script: [GTAG],
      connect: [GTAG, 'https://*.google-analytics.com', 'https://*.analytics.google.com'],
      img: [GTAG, 'https://*.google-analytics.com'],
      frame: none,
      form: none,
    },
    hitEndpoints: [
      { host: 'google-analytics.com', path: '/g/collect' },
      { host: 'analytics.google.com', path: '/g/collect' },
    ],
    hitMarks: (id, ev) => [`tid=${id}`, `en=${ev}`],
    dispatchedHit:
      '/g/collect with tid=<id> and en=<audience event> (query or batched body), or the event_callback. ' +
      'GA4 may hold events for batching; then the cap applies and the library flushes on pagehide.',
    pageViewEvent: 'page_view',
    noscriptBeacon: null,
    tcfVendorId: GVL_GOOGLE,
    // GA audiences are exported to Google Ads, so Google's threshold applies.
    minAudience: { size: 100, source: 'docs/pixels.md §6: as Google Ads (GA4 audiences serve through Google Ads)' },
  },
  linkedin: {
    label: 'LinkedIn',
    idPattern: /^\d{4,10}$/,
    idHint: 'partner id, 4–10 digits',
    example: '1234567',
    loaderUrl: () => 'https://snap.licdn.com/li.lms-analytics/insight.min.js',
    csp: {
      script: ['https://snap.licdn.com'],
      connect: ['https://px.ads.linkedin.com'],
      img: ['https://px.ads.linkedin.com'],
      frame: none,
      form: none,
    },
    hitEndpoints: [
      { host: 'linkedin.com', path: '/collect' },
      { host: 'linkedin.com', path: '/wa' },
    ],
    // The Insight Tag has no named custom events: `lintrk('track')` needs a numeric conversion rule id
    // created in Campaign Manager (docs/pixels.md §1.4), which a link does not carry. The automatic page
    // view is what builds website-visitor audiences, so that is the hit we wait for.
    hitMarks: (id) => [id],
    dispatchedHit: 'the page-view hit (px.ads.linkedin.com /collect or /wa/) carrying the partner id; no custom events exist.',
    pageViewEvent: 'pageview',
    noscriptBeacon: (id) => `https://px.ads.linkedin.com/collect/?pid=${enc(id)}&fmt=gif`,
    tcfVendorId: 804,
    minAudience: { size: 300, source: 'docs/pixels.md §6: 300 members' },
  },
  tiktok: {
    label: 'TikTok',
    idPattern: /^C[A-Z0-9]{19}$/,
    idHint: 'C then 19 capitals or digits',
    example: 'C4ABCDEFGHIJKLMN1234',
    loaderUrl: (id) => `https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=${enc(id)}&lib=ttq`,
    csp: {
      script: ['https://analytics.tiktok.com'],
      connect: ['https://analytics.tiktok.com', 'https://analytics.us.tiktok.com'],
      img: ['https://analytics.tiktok.com'],
      frame: none,
      form: none,
    },
    hitEndpoints: [{ host: 'tiktok.com', path: '/api/v2/pixel' }],
    hitMarks: (id, ev) => [id, `"event":"${ev}"`],
    dispatchedHit: '/api/v2/pixel POST whose JSON body names the pixel code and "event":"<audience event>".',
    pageViewEvent: 'Pageview',
    noscriptBeacon: null,
    tcfVendorId: null,
    minAudience: { size: 1000, source: 'docs/pixels.md §6: 1,000' },
  },
  x: {
    label: 'X',
    // A base pixel id, or a full event id `tw-<pixel>-<event>` from X Ads Manager: X events cannot be
    // named freely (docs/pixels.md §1.6), so a link can only send an event X already knows.
    idPattern: /^(?:[a-z0-9]{5}|tw-[a-z0-9]{5}-[a-z0-9]{5})$/,
    idHint: 'a pixel id of 5 lowercase letters or digits, or an event id tw-<pixel>-<event> to also send that event',
    example: 'o5h34',
    loaderUrl: () => 'https://static.ads-twitter.com/uwt.js',
    csp: {
      script: ['https://static.ads-twitter.com'],
      connect: ['https://analytics.twitter.com', 'https://t.co'],
      img: ['https://analytics.twitter.com', 'https://t.co'],
      frame: none,
      form: none,
    },
    hitEndpoints: [
      { host: 't.co', path: '/1/i/adsct' },
      { host: 't.co', path: '/i/adsct' },
      { host: 'twitter.com', path: '/1/i/adsct' },
      { host: 'twitter.com', path: '/i/adsct' },
    ],
    hitMarks: (id) => [id],
    dispatchedHit:
      "the first /i/adsct image carrying the tag id: for a base pixel id that is config's page view, " +
      'for an event id tw-<pixel>-<event> it is that event (sent after the page view).',
    pageViewEvent: 'pageview',
    noscriptBeacon: null,
    tcfVendorId: null,
    minAudience: { size: 100, source: 'docs/pixels.md §6: 100 users active in 90 days' },
  },
  pinterest: {
    label: 'Pinterest',
    idPattern: /^\d{13}$/,
    idHint: '13 digits',
    example: '2612345678901',
    loaderUrl: () => 'https://s.pinimg.com/ct/core.js',
    csp: {
      script: ['https://s.pinimg.com'],
      connect: ['https://ct.pinterest.com'],
      img: ['https://ct.pinterest.com'],
      frame: ['https://ct.pinterest.com'],
      form: none,
    },
    hitEndpoints: [{ host: 'pinterest.com', path: '/v3' }],
    // Pinterest event names are a fixed list; `custom` is the free one (docs/pixels.md §1.7).
    hitMarks: (id) => [`tid=${id}`, 'event=custom'],
    dispatchedHit: 'ct.pinterest.com/v3/ with tid=<tag> and event=custom (the audience event; sent after the page hit).',
    pageViewEvent: 'init',
    noscriptBeacon: (id, ev) => `https://ct.pinterest.com/v3/?event=${enc(ev)}&tid=${enc(id)}&noscript=1`,
    tcfVendorId: null,
    minAudience: { size: 100, source: 'docs/pixels.md §6: 100 (API refuses fewer)' },
  },
  snapchat: {
    label: 'Snapchat',
    idPattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    idHint: 'a lowercase UUID',
    example: '0f8fad5b-d9cb-469f-a165-70867728950e',
    loaderUrl: () => 'https://sc-static.net/scevent.min.js',
    csp: {
      script: ['https://sc-static.net', 'https://tr.snapchat.com'],
      connect: ['https://tr.snapchat.com'],
      img: ['https://tr.snapchat.com'],
      frame: ['https://tr.snapchat.com'],
      form: none,
    },
    hitEndpoints: [
      { host: 'snapchat.com', path: '/p' },
      { host: 'snapchat.com', path: '/cm/i' },
    ],
    // Snap's event names are a fixed list; CUSTOM_EVENT_1 is the first free one.
    hitMarks: (id) => [id, 'CUSTOM_EVENT_1'],
    dispatchedHit: 'tr.snapchat.com/p beacon whose batch names the pixel and CUSTOM_EVENT_1 (the audience event).',
    pageViewEvent: 'PAGE_VIEW',
    noscriptBeacon: null,
    tcfVendorId: null,
    minAudience: { size: 1000, source: 'docs/pixels.md §6: 1,000 matched' },
  },
  reddit: {
    label: 'Reddit',
    idPattern: /^(?:a2|t2)_[a-z0-9]+$/,
    idHint: 'a2_ (or legacy t2_) then lowercase letters or digits',
    example: 'a2_abcdefgh1234',
    loaderUrl: () => 'https://www.redditstatic.com/ads/pixel.js',
    csp: {
      script: ['https://www.redditstatic.com'],
      connect: ['https://pixel-config.reddit.com', 'https://alb.reddit.com'],
      img: ['https://alb.reddit.com'],
      frame: none,
      form: none,
    },
    hitEndpoints: [{ host: 'reddit.com', path: '/rp.gif' }],
    hitMarks: (id) => [`id=${id}`, 'event=Custom'],
    dispatchedHit: 'alb.reddit.com/rp.gif with id=<pixel> and event=Custom (the audience event, after PageVisit).',
    pageViewEvent: 'PageVisit',
    noscriptBeacon: null,
    tcfVendorId: null,
    minAudience: { size: 1000, source: 'docs/pixels.md §6: 1,000 matched' },
  },
  microsoft: {
    label: 'Microsoft Advertising',
    idPattern: /^\d{5,12}$/,
    idHint: 'UET tag id, 5–12 digits',
    example: '12345678',
    loaderUrl: () => 'https://bat.bing.com/bat.js',
    csp: {
      script: ['https://bat.bing.com'],
      connect: ['https://bat.bing.com'],
      img: ['https://bat.bing.com'],
      frame: none,
      form: none,
    },
    hitEndpoints: [{ host: 'bing.com', path: '/action' }],
    hitMarks: (id, ev) => [`ti=${id}`, `ea=${ev}`],
    dispatchedHit: 'bat.bing.com/action/0 image with ti=<tag> and ea=<audience event> (evt=custom, after pageLoad).',
    pageViewEvent: 'pageLoad',
    noscriptBeacon: (id) => `https://bat.bing.com/action/0?ti=${enc(id)}&Ver=2`,
    tcfVendorId: 1126,
    minAudience: { size: 300, source: 'docs/pixels.md §6: 300 people' },
  },
  quora: {
    label: 'Quora',
    idPattern: /^[0-9a-f]{32}$/,
    idHint: '32 lowercase hex characters',
    example: '0123456789abcdef0123456789abcdef',
    loaderUrl: () => 'https://a.quora.com/qevents.js',
    csp: {
      script: ['https://a.quora.com'],
      connect: ['https://q.quora.com'],
      img: ['https://q.quora.com'],
      frame: none,
      form: none,
    },
    hitEndpoints: [{ host: 'quora.com', path: '/_/ad' }],
    // Quora's event names are a fixed list; `Generic` is the free one (docs/pixels.md §1.11).
    hitMarks: (id) => [`/ad/${id}/`, 'tag=Generic'],
    dispatchedHit: 'q.quora.com/_/ad/<id>/pixel with tag=Generic (the audience event, after ViewContent).',
    pageViewEvent: 'ViewContent',
    noscriptBeacon: (id, ev) => `https://q.quora.com/_/ad/${enc(id)}/pixel?tag=${enc(ev)}&noscript=1`,
    tcfVendorId: null,
    minAudience: { size: null, source: 'docs/pixels.md §6: not published' },
  },
};

/**
 * The rule the interstitial uses to recognise the pixel's dispatched hit.
 *
 * @example hitRule('reddit', 'a2_abc', 'ricochet_click') // { endpoints: [{ host: 'reddit.com', path: '/rp.gif' }], marks: ['id=a2_abc', 'event=Custom'] }
 */
export function hitRule(platform: Platform, tagId: string, eventName: string): HitRule {
  const spec = CATALOG[platform];
  return { endpoints: spec.hitEndpoints, marks: spec.hitMarks(tagId, eventName) };
}

/**
 * Whether a request is the hit described by `rule`. `haystack` is the decoded URL plus body.
 *
 * @example hitMatches(hitRule('meta', '123456789012345', 'ricochet_click'),
 *   new URL('https://www.facebook.com/tr/?id=123456789012345&ev=ricochet_click'), '…id=123456789012345&ev=ricochet_click') // true
 */
export function hitMatches(rule: HitRule, url: { hostname: string; pathname: string }, haystack: string): boolean {
  const host = url.hostname;
  const path = url.pathname;
  const at = rule.endpoints.some(
    (e) =>
      (host === e.host || host.endsWith('.' + e.host)) &&
      (path === e.path || path.startsWith(e.path.endsWith('/') ? e.path : e.path + '/')),
  );
  return at && rule.marks.every((m) => haystack.includes(m));
}

// Whitespace, quotes, angle brackets, backslash, backtick and control characters never occur in
// any platform's ids and would only ever be a paste accident or an injection attempt.
const JUNK = /[\s"'`<>\\\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * Hard reject: the id cannot belong to any platform.
 *
 * @example isObviousJunk('<img src=x>') // true
 * @example isObviousJunk('AW-123')      // false (shape is validateTagId's business)
 */
export function isObviousJunk(tagId: string): boolean {
  return tagId.length === 0 || tagId.length > 64 || JUNK.test(tagId);
}

/**
 * Ids of another product, refused outright (the shape check only warns): each is a known paste of
 * the wrong id, which would fire nothing useful. Universal Analytics (`UA-`) was shut down in 2024.
 *
 * @example wrongProductId('ga4', 'UA-12345-1') // 'UA- ids are Universal Analytics properties, …'
 * @example wrongProductId('ga4', 'G-AB12CD34EF') // null
 */
export function wrongProductId(platform: Platform, tagId: string): string | null {
  const id = tagId.toUpperCase();
  if (platform === 'ga4' || platform === 'google_ads') {
    if (id.startsWith('UA-')) return 'UA- ids are Universal Analytics properties, which Google shut down in 2024. A GA4 measurement id starts with G-; a Google Ads tag id with AW-.';
  }
  if (platform === 'ga4' && id.startsWith('AW-')) return 'AW- ids are Google Ads tags: add this pixel with the platform Google Ads.';
  if (platform === 'google_ads' && id.startsWith('G-')) return 'G- ids are Google Analytics measurement ids: add this pixel with the platform Google Analytics.';
  return null;
}

export type TagIdCheck = { ok: true } | { ok: false; warning: string };

/**
 * Loose shape check (docs/pixels.md §0): ids of an unexpected shape are kept with a warning, since no
 * vendor publishes a grammar (docs/pixels.md §0).
 *
 * @example validateTagId('ga4', 'UA-1') // { ok: false, warning: 'Google Analytics ids usually look like this: G- then …' }
 */
export function validateTagId(platform: Platform, tagId: string): TagIdCheck {
  const spec = CATALOG[platform];
  if (spec.idPattern.test(tagId)) return { ok: true };
  return { ok: false, warning: `${spec.label} ids usually look like this: ${spec.idHint}, e.g. ${spec.example}.` };
}
