import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../core/pixels/catalog.js';
import type { Platform, PixelRef } from '../../core/pixels/platform.js';
import { toPageConfig } from './page-config.js';
import { EN_STRINGS, jsonForScript, renderInterstitial, type InterstitialModel, type InterstitialPrompt } from './render-page.js';

const NONCE = 'cmFuZG9tLW5vbmNlLTEyMw==';
const px = (platform: Platform, n = 1): PixelRef => ({ id: `px_${platform}_${n}`, platform, tagId: CATALOG[platform].example });

function model(overrides: Partial<InterstitialModel> = {}): InterstitialModel {
  return {
    nonce: NONCE,
    script: 'console.log("rc")',
    destination: 'https://shop.example/p?gclid=G1&fbclid=F1',
    timeoutMs: 800,
    clickId: 'clk_1',
    pixels: [px('meta')],
    event: { name: 'ricochet_click', params: { link_id: 'lnk_1', tags: ['a', 'b'] } },
    googleConsent: { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'granted' },
    beaconUrl: '/_r/beacon',
    prompt: null,
    lang: 'en',
    ...overrides,
  };
}

const PROMPT = {
  privacyPolicyUrl: 'https://brand.example/privacy',
  cookieName: 'rc_consent',
  cookieMaxAgeSeconds: 15_552_000,
  secure: true,
  strings: EN_STRINGS,
};

/** The parsed JSON data block of a rendered page. */
function dataBlock(html: string): unknown {
  const m = /<script type="application\/json" id="rc">([^<]*)<\/script>/.exec(html);
  if (!m) throw new Error('no data block');
  return JSON.parse(m[1]!);
}

describe('renderInterstitial: CSP', () => {
  it('allows the nonce and exactly the hosts of the platforms on the page', () => {
    const { csp } = renderInterstitial(model());
    expect(csp).toBe(
      "default-src 'none'; " +
        `script-src 'nonce-${NONCE}' https://connect.facebook.net; ` +
        `style-src 'nonce-${NONCE}'; ` +
        "connect-src 'self' https://connect.facebook.net https://www.facebook.com; " +
        'img-src https://www.facebook.com; frame-src https://www.facebook.com; form-action https://www.facebook.com; ' +
        "base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it("lists each host once, and keeps form-action 'none' and no frame-src when no platform needs them", () => {
    const { csp } = renderInterstitial(model({ pixels: [px('google_ads'), px('ga4'), px('reddit'), px('reddit', 2)] }));
    const script = csp.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(script.split(' ').filter((s) => s === 'https://www.googletagmanager.com')).toHaveLength(1);
    expect(script).toContain('https://www.redditstatic.com');
    expect(csp).not.toContain('facebook');
    expect(csp).toContain("form-action 'none'");
    expect(csp).toContain('frame-src https://td.doubleclick.net https://www.googletagmanager.com;');
    const tiny = renderInterstitial(model({ pixels: [px('quora')] })).csp;
    expect(tiny).not.toContain('frame-src');
  });
});

describe('renderInterstitial: page', () => {
  it('is noindex, refreshes to the destination after the cap, and shows a link to it', () => {
    const { html } = renderInterstitial(model({ timeoutMs: 800 }));
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<meta http-equiv="refresh" content="3;url=https://shop.example/p?gclid=G1&#38;fbclid=F1">');
    expect(html).toContain('<a href="https://shop.example/p?gclid=G1&#38;fbclid=F1">shop.example →</a>');
    expect(html).not.toContain('og:url');
    expect(renderInterstitial(model({ timeoutMs: 4500 })).html).toContain('content="7;url=');
  });

  it('inlines the script with the nonce, after the data block', () => {
    const { html } = renderInterstitial(model());
    expect(html).toContain(`<script nonce="${NONCE}">console.log("rc")</script></body></html>`);
    expect(html.indexOf('id="rc"')).toBeLessThan(html.indexOf(`<script nonce`));
    expect(html).toContain(`<style nonce="${NONCE}">`);
  });

  it('carries the page config as JSON, params flattened and hit rules from the catalog', () => {
    const m = model({ pixels: [px('meta'), px('tiktok')] });
    const config = dataBlock(renderInterstitial(m).html);
    expect(config).toEqual(toPageConfig(m));
    expect(config).toMatchObject({
      destination: m.destination,
      clickId: 'clk_1',
      event: { name: 'ricochet_click', params: { link_id: 'lnk_1', tags: 'a,b' } },
      consent: m.googleConsent,
      prompt: null,
      pixels: [
        { id: 'px_meta_1', tagId: CATALOG.meta.example, loader: 'https://connect.facebook.net/en_US/fbevents.js' },
        { id: 'px_tiktok_1', hit: { marks: [CATALOG.tiktok.example, '"event":"ricochet_click"'] } },
      ],
    });
  });

  it('renders noscript beacons only for allowed pixels that have one', () => {
    const { html } = renderInterstitial(model({ pixels: [px('meta'), px('tiktok'), px('linkedin')] }));
    const noscript = /<noscript>(.*)<\/noscript>/.exec(html)![1]!;
    expect(noscript).toBe(
      `<img src="https://www.facebook.com/tr?id=${CATALOG.meta.example}&#38;ev=PageView&#38;noscript=1" width="1" height="1" alt="">` +
        `<img src="https://px.ads.linkedin.com/collect/?pid=${CATALOG.linkedin.example}&#38;fmt=gif" width="1" height="1" alt="">`,
    );
    expect(renderInterstitial(model({ pixels: [px('tiktok')] })).html).not.toContain('<noscript>');
  });
});

describe('renderInterstitial: escaping', () => {
  const nasty = `</script><script>alert(1)</script>"'<>&\u2028\u2029`;

  it('keeps markup out of the JSON block and attributes, and the data survives the round trip', () => {
    const m = model({
      destination: `https://shop.example/?q=${nasty}`,
      clickId: nasty,
      event: { name: 'ricochet_click', params: { campaign: nasty } },
      lang: `en"><script>x</script>`,
    });
    const { html } = renderInterstitial(m);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain('alert(1)</script>');
    expect(html).not.toMatch(/[\u2028\u2029]/);
    expect(html).toContain('<html lang="en&#34;&#62;&#60;script&#62;x&#60;/script&#62;">');
    expect(dataBlock(html)).toEqual(toPageConfig({ ...m, destination: new URL(m.destination).href }));
    expect(dataBlock(html)).toMatchObject({ clickId: nasty, event: { params: { campaign: nasty } } });
  });

  it('jsonForScript escapes <, >, &, U+2028 and U+2029', () => {
    expect(jsonForScript({ a: '</script><!--&\u2028\u2029' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029"}');
  });

  it('never lets the inlined script close its element early', () => {
    const { html } = renderInterstitial(model({ script: 'var s="</SCRIPT><b>";' }));
    expect(html).toContain('var s="<\\/SCRIPT><b>";</script>');
  });

  it('refuses what it cannot render safely', () => {
    expect(() => renderInterstitial(model({ nonce: 'a"b' }))).toThrow(/nonce/);
    expect(() => renderInterstitial(model({ destination: 'javascript:alert(1)' }))).toThrow(/http/);
    expect(() => renderInterstitial(model({ destination: '/relative' }))).toThrow();
    expect(() => renderInterstitial(model({ beaconUrl: 'https://evil.example/b' }))).toThrow(/beaconUrl/);
    expect(() => renderInterstitial(model({ beaconUrl: '//evil.example/b' }))).toThrow(/beaconUrl/);
    expect(() => renderInterstitial(model({ prompt: { ...PROMPT, cookieName: 'a=b; Domain=x' } }))).toThrow(/cookieName/);
  });
});

describe('renderInterstitial: consent prompt', () => {
  const promptModel = (overrides: Partial<InterstitialPrompt> = {}) =>
    model({ pixels: [px('meta'), px('tiktok'), px('meta', 2)], prompt: { ...PROMPT, ...overrides } });

  it('renders an accessible dialog naming each platform once, with two real buttons and a continue link', () => {
    const { html } = renderInterstitial(promptModel());
    expect(html).toContain(
      '<div id="rc-dialog" role="dialog" aria-modal="true" aria-labelledby="rc-title" aria-describedby="rc-body" tabindex="-1">',
    );
    expect(html).toContain('<h1 id="rc-title">Before you continue</h1>');
    expect(html).toContain('<p id="rc-body">May Meta and TikTok set cookies');
    expect(html).toContain('<a href="https://brand.example/privacy">Privacy policy</a>');
    expect(html).toContain('<button type="button" id="rc-accept">Accept</button><button type="button" id="rc-decline">Decline</button>');
    expect(html).toContain('<a id="rc-skip" href="https://shop.example/p?gclid=G1&#38;fbclid=F1">Continue without deciding</a>');
    expect(html).toContain('<title>Before you continue</title>');
  });

  it('has no refresh and no noscript beacons: nothing may happen before a choice', () => {
    const { html } = renderInterstitial(promptModel());
    expect(html).not.toContain('http-equiv="refresh"');
    expect(html).not.toContain('<noscript>');
    expect(html).not.toContain('<img');
  });

  it('passes the cookie settings to the script', () => {
    expect(dataBlock(renderInterstitial(promptModel()).html)).toMatchObject({
      prompt: { cookie: 'rc_consent', maxAge: 15_552_000, secure: true },
    });
  });

  it('lists platforms in the page language and drops unsafe privacy links', () => {
    const de = renderInterstitial({ ...promptModel({ privacyPolicyUrl: 'javascript:alert(1)' }), lang: 'de' }).html;
    expect(de).toContain('Meta und TikTok');
    expect(de).not.toContain('javascript:');
    expect(de).not.toContain('Privacy policy');
    expect(renderInterstitial(promptModel({ privacyPolicyUrl: '/privacy' })).html).toContain('<a href="/privacy">');
  });

  it('escapes translated strings', () => {
    const strings = { ...EN_STRINGS, title: '<b>Hi</b>', accept: '"Yes"' };
    const { html } = renderInterstitial(promptModel({ strings }));
    expect(html).toContain('<h1 id="rc-title">&#60;b&#62;Hi&#60;/b&#62;</h1>');
    expect(html).toContain('id="rc-accept">&#34;Yes&#34;</button>');
  });

  it('issue 22: equal-weight buttons in the brand colour, text by contrast, a logo allowed by the CSP and nothing else', () => {
    const { html, csp } = renderInterstitial(promptModel({ brandColor: '#FACC15', logoUrl: 'https://cdn.brand.example/logo.svg?v=2' }));
    expect(html).toContain(':root{--b:#facc15;--t:#000000;');
    expect(html).toMatch(/button\{flex:1 1 9rem;min-height:2\.75rem;[^}]*background:var\(--b\);color:var\(--t\)/);
    expect(html).toContain('<img src="https://cdn.brand.example/logo.svg?v=2" alt="" height="40">');
    expect(csp).toMatch(/img-src [^;]*https:\/\/cdn\.brand\.example/);
    expect(renderInterstitial(promptModel({ brandColor: '#1d4ed8' })).html).toContain('--t:#ffffff');
  });

  it('issue 22: refuses to put anything but #rrggbb into the style, or a logo that is not https', () => {
    const { html, csp } = renderInterstitial(promptModel({ brandColor: 'red;}</style><script>x()</script>', logoUrl: 'http://brand.example/logo.png' }));
    expect(html).not.toContain('red;}');
    expect(html).toContain('--b:#1d4ed8');
    expect(html).not.toContain('<img');
    expect(csp).not.toContain('brand.example');
    expect(renderInterstitial(promptModel({ logoUrl: 'javascript:alert(1)' })).html).not.toContain('javascript:');
  });
});
