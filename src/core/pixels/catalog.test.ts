import { describe, expect, it } from 'vitest';
import { CATALOG, hitMatches, hitRule, isObviousJunk, validateTagId, wrongProductId } from './catalog.js';
import { PLATFORMS, type Platform } from './platform.js';

const EV = 'ricochet_click';
const decoded = (u: string, body = '') => `${decodeURIComponent(u)} ${body}`;
const matches = (p: Platform, tagId: string, url: string, body = '') =>
  hitMatches(hitRule(p, tagId, EV), new URL(url), decoded(url, body));

describe('catalog', () => {
  it('has one entry per platform and nothing else', () => {
    expect(Object.keys(CATALOG).sort()).toEqual([...PLATFORMS].sort());
  });

  it.each(PLATFORMS)('%s: its example id has the expected shape and a wrong one warns', (p) => {
    const spec = CATALOG[p];
    expect(validateTagId(p, spec.example)).toEqual({ ok: true });
    expect(isObviousJunk(spec.example)).toBe(false);
    const warned = validateTagId(p, 'zz-not-an-id');
    expect(warned.ok).toBe(false);
    if (!warned.ok) expect(warned.warning).toContain(spec.label);
  });

  it.each([
    ['meta', '1234567890123456'],
    ['ga4', 'G-ABCDEFGHIJ'],
    ['x', 'tw-o5h34-o9p5x'],
    ['reddit', 't2_abc123'],
  ] as const)('%s also accepts %s', (p, id) => {
    expect(validateTagId(p, id).ok).toBe(true);
  });

  it.each([
    ['meta', '12345'],
    ['google_ads', 'G-AB12CD34EF'],
    ['ga4', 'UA-12345-1'],
    ['tiktok', 'c4abcdefghijklmn1234'],
    ['snapchat', '0F8FAD5B-D9CB-469F-A165-70867728950E'],
  ] as const)('%s warns for %s', (p, id) => {
    expect(validateTagId(p, id).ok).toBe(false);
  });

  it.each([
    ['ga4', 'UA-12345-1', /Universal Analytics/],
    ['google_ads', 'ua-12345-1', /Universal Analytics/],
    ['ga4', 'AW-123456789', /Google Ads/],
    ['google_ads', 'G-AB12CD34EF', /Google Analytics/],
  ] as const)('issue 22: %s refuses the other product’s id %s', (p, id, reason) => {
    expect(wrongProductId(p, id)).toMatch(reason);
  });

  it.each([
    ['ga4', 'G-AB12CD34EF'],
    ['google_ads', 'AW-123456789'],
    ['meta', 'UA-12345-1'],
  ] as const)('issue 22: %s keeps %s (its own product, or a shape only warned about)', (p, id) => {
    expect(wrongProductId(p, id)).toBeNull();
  });

  it('loader URLs are https and carry the id where the platform needs it', () => {
    for (const p of PLATFORMS) expect(CATALOG[p].loaderUrl(CATALOG[p].example)).toMatch(/^https:\/\//);
    expect(CATALOG.google_ads.loaderUrl('AW-1')).toBe('https://www.googletagmanager.com/gtag/js?id=AW-1');
    expect(CATALOG.tiktok.loaderUrl('CABC')).toBe('https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=CABC&lib=ttq');
  });

  it.each(PLATFORMS)('%s: CSP allows its loader and holds bare https origins only', (p) => {
    const { csp, loaderUrl, example } = CATALOG[p];
    const all = [...csp.script, ...csp.connect, ...csp.img, ...csp.frame, ...csp.form];
    for (const source of all) expect(source).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+$/);
    expect(csp.script).toContain(new URL(loaderUrl(example)).origin);
  });

  it('only Meta needs form-action (its long-hit fallback is an iframe form POST, docs/pixels.md §4.3)', () => {
    expect(PLATFORMS.filter((p) => CATALOG[p].csp.form.length > 0)).toEqual(['meta']);
  });

  it('noscript beacons exist exactly for meta, linkedin, pinterest, microsoft and quora', () => {
    const have = PLATFORMS.filter((p) => CATALOG[p].noscriptBeacon !== null);
    expect(have).toEqual(['meta', 'linkedin', 'pinterest', 'microsoft', 'quora']);
    expect(CATALOG.meta.noscriptBeacon?.('123', 'PageView')).toBe('https://www.facebook.com/tr?id=123&ev=PageView&noscript=1');
    expect(CATALOG.linkedin.noscriptBeacon?.('99', 'x')).toBe('https://px.ads.linkedin.com/collect/?pid=99&fmt=gif');
    expect(CATALOG.pinterest.noscriptBeacon?.('26', 'init')).toBe('https://ct.pinterest.com/v3/?event=init&tid=26&noscript=1');
    expect(CATALOG.microsoft.noscriptBeacon?.('5', 'x')).toBe('https://bat.bing.com/action/0?ti=5&Ver=2');
    expect(CATALOG.quora.noscriptBeacon?.('ab', 'ViewContent')).toBe('https://q.quora.com/_/ad/ab/pixel?tag=ViewContent&noscript=1');
    // Ids are URL-encoded, so a hostile id cannot add parameters.
    expect(CATALOG.meta.noscriptBeacon?.('1&ev=Purchase', 'PageView')).toContain('id=1%26ev%3DPurchase&');
  });

  it('noscript beacons are on hosts the CSP allows as images', () => {
    for (const p of PLATFORMS) {
      const url = CATALOG[p].noscriptBeacon?.(CATALOG[p].example, CATALOG[p].pageViewEvent);
      if (url) expect(CATALOG[p].csp.img).toContain(new URL(url).origin);
    }
  });

  it('TCF vendor ids follow GVL v106: Google 755, LinkedIn 804, Microsoft 1126, no one else', () => {
    const ids = Object.fromEntries(PLATFORMS.map((p) => [p, CATALOG[p].tcfVendorId]));
    expect(ids).toEqual({
      meta: null,
      google_ads: 755,
      ga4: 755,
      linkedin: 804,
      tiktok: null,
      x: null,
      pinterest: null,
      snapchat: null,
      reddit: null,
      microsoft: 1126,
      quora: null,
    });
  });

  it('audience minimums follow docs/pixels.md §6', () => {
    const sizes = Object.fromEntries(PLATFORMS.map((p) => [p, CATALOG[p].minAudience.size]));
    expect(sizes).toEqual({
      meta: 100,
      google_ads: 100,
      ga4: 100,
      linkedin: 300,
      tiktok: 1000,
      x: 100,
      pinterest: 100,
      snapchat: 1000,
      reddit: 1000,
      microsoft: 300,
      quora: null,
    });
    for (const p of PLATFORMS) expect(CATALOG[p].minAudience.source).toMatch(/^docs\/pixels\.md §6: /);
  });
});

describe('hit rules (docs/pixels.md §4.3)', () => {
  const ids = Object.fromEntries(PLATFORMS.map((p) => [p, CATALOG[p].example])) as Record<Platform, string>;

  // A realistic audience-event hit per platform, and the config round trip that must NOT count.
  const cases: [Platform, string, string, string][] = [
    ['meta', `https://www.facebook.com/tr/?id=${ids.meta}&ev=${EV}&eid=c1`, '', `https://connect.facebook.net/signals/config/${ids.meta}?v=2.9&r=stable`],
    ['google_ads', `https://googleads.g.doubleclick.net/pagead/viewthroughconversion/123456789/?en=${EV}&data=event%3D${EV}`, '', 'https://www.googletagmanager.com/gtag/destination?id=AW-123456789'],
    ['ga4', `https://region1.google-analytics.com/g/collect?v=2&tid=${ids.ga4}&en=${EV}`, '', `https://www.googletagmanager.com/gtag/js?id=${ids.ga4}`],
    ['linkedin', `https://px.ads.linkedin.com/collect/?pid=${ids.linkedin}&fmt=js`, '', CATALOG.linkedin.loaderUrl(ids.linkedin)],
    ['tiktok', 'https://analytics.us.tiktok.com/api/v2/pixel', `{"event":"${EV}","context":{"pixel":{"code":"${ids.tiktok}"}}}`, `https://analytics.tiktok.com/i18n/pixel/config.js?sdkid=${ids.tiktok}`],
    ['x', `https://t.co/1/i/adsct?txn_id=${ids.x}&type=javascript`, '', CATALOG.x.loaderUrl(ids.x)],
    ['pinterest', `https://ct.pinterest.com/v3/?event=custom&tid=${ids.pinterest}`, '', 'https://s.pinimg.com/ct/lib/main.5f4e1a6b.js'],
    ['snapchat', 'https://tr.snapchat.com/p', `[{"pid":"${ids.snapchat}","ev":"CUSTOM_EVENT_1"}]`, `https://tr.snapchat.com/config/1/${ids.snapchat}.js?v=3`],
    ['reddit', `https://alb.reddit.com/rp.gif?id=${ids.reddit}&event=Custom`, '', `https://pixel-config.reddit.com/pixels/${ids.reddit}/config`],
    ['microsoft', `https://bat.bing.com/action/0?ti=${ids.microsoft}&evt=custom&ea=${EV}`, '', `https://bat.bing.com/p/action/${ids.microsoft}.js`],
    ['quora', `https://q.quora.com/_/ad/${ids.quora}/pixel?tag=Generic`, '', CATALOG.quora.loaderUrl(ids.quora)],
  ];

  it.each(cases)('%s: the audience-event hit matches, the loader and config round trip do not', (p, hit, body, roundTrip) => {
    expect(matches(p, ids[p], hit, body)).toBe(true);
    expect(matches(p, ids[p], roundTrip)).toBe(false);
    expect(matches(p, ids[p], CATALOG[p].loaderUrl(ids[p]))).toBe(false);
  });

  it('tells two pixels of one platform apart by the id in the hit', () => {
    const hit = `https://www.facebook.com/tr/?id=111111111111111&ev=${EV}`;
    expect(matches('meta', '111111111111111', hit)).toBe(true);
    expect(matches('meta', '222222222222222', hit)).toBe(false);
  });

  it('does not count the PageView hit as the audience event hit', () => {
    expect(matches('meta', ids.meta, `https://www.facebook.com/tr/?id=${ids.meta}&ev=PageView`)).toBe(false);
    expect(matches('reddit', ids.reddit, `https://alb.reddit.com/rp.gif?id=${ids.reddit}&event=PageVisit`)).toBe(false);
  });

  it('matches whole path segments and whole host labels only', () => {
    const rule = hitRule('microsoft', '5', EV);
    const hay = `ti=5 ea=${EV}`;
    expect(hitMatches(rule, { hostname: 'bat.bing.com', pathname: '/action/0' }, hay)).toBe(true);
    expect(hitMatches(rule, { hostname: 'bat.bing.com', pathname: '/actions/0' }, hay)).toBe(false);
    expect(hitMatches(rule, { hostname: 'notbing.com', pathname: '/action/0' }, hay)).toBe(false);
    const snap = hitRule('snapchat', 'u', EV);
    expect(hitMatches(snap, { hostname: 'tr.snapchat.com', pathname: '/p' }, 'u CUSTOM_EVENT_1')).toBe(true);
    expect(hitMatches(snap, { hostname: 'tr.snapchat.com', pathname: '/pixel' }, 'u CUSTOM_EVENT_1')).toBe(false);
  });

  it('an X event id is matched on its own hit, not on the base pixel page view', () => {
    const ev = 'tw-o5h34-o9p5x';
    const pageView = 'https://t.co/1/i/adsct?txn_id=o5h34&events=[["pageview",{}]]';
    const event = `https://t.co/1/i/adsct?txn_id=o5h34&events=[["${ev}",{"conversion_id":"c1"}]]`;
    expect(matches('x', ev, pageView)).toBe(false);
    expect(matches('x', ev, event)).toBe(true);
  });
});

describe('isObviousJunk', () => {
  it.each(['', ' ', '123 456', ' 123', '123\n', 'a\u0000b', '"x"', "o'x", '<script>', 'a>b', 'a\\b', 'a`b', 'x'.repeat(65), 'a\u2028b'])(
    'rejects %j',
    (id) => expect(isObviousJunk(id)).toBe(true),
  );
  it.each(['1', 'AW-123', 'tw-o5h34-o9p5x', 'x'.repeat(64), 'anything-odd_but.harmless'])('keeps %j', (id) =>
    expect(isObviousJunk(id)).toBe(false),
  );
});
