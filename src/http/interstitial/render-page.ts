import { DEFAULT_BRAND_COLOR, isBrandColor, textOn } from '../../core/consent/brand-color.js';
import { CATALOG } from '../../core/pixels/catalog.js';
import { PLATFORMS, type Platform } from '../../core/pixels/platform.js';
import { escapeHtml } from '../redirect/html.js';
import { interstitialCsp } from './csp.js';
import type { InterstitialModel, InterstitialPrompt } from './model.js';
import { PAGE_IDS } from './page-ids.js';
import { toPageConfig } from './page-config.js';

export type { GoogleConsentState, InterstitialModel, InterstitialPrompt, InterstitialStrings } from './model.js';
export { EN_STRINGS } from './model.js';

const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;
const COOKIE_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/; // RFC 6265 token

/**
 * Renders the interstitial (docs/interstitial.md): a tiny page whose inline script fires
 * the allowed pixels and then `location.replace`s to the destination. Pure: the caller passes the
 * script text and a fresh nonce, and sends `csp` as the Content-Security-Policy header.
 *
 * @example
 * const { html, csp } = renderInterstitial({ nonce, script, destination: 'https://shop.example/?gclid=1', … });
 * res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp, 'cache-control': 'no-store' });
 */
export function renderInterstitial(input: InterstitialModel): { html: string; csp: string } {
  if (!NONCE.test(input.nonce)) throw new TypeError('nonce must be base64');
  const dest = new URL(input.destination);
  if (dest.protocol !== 'http:' && dest.protocol !== 'https:') throw new TypeError('destination must be http(s)');
  // The URL as the browser will navigate to it anyway: markup and quotes in it are percent-encoded.
  const model = { ...input, destination: dest.href };
  if (!model.beaconUrl.startsWith('/') || model.beaconUrl.startsWith('//')) throw new TypeError('beaconUrl must be a same-origin path');
  if (model.prompt && !COOKIE_NAME.test(model.prompt.cookieName)) throw new TypeError('cookieName must be a cookie token');

  const platforms = [...new Set(model.pixels.map((p) => p.platform))];
  const nonce = escapeHtml(model.nonce);
  const href = escapeHtml(model.destination);
  // A few seconds longer than the script's cap, so the fallback only acts without JS. Omitted while
  // a consent prompt is shown: the person must not be yanked away mid-decision.
  const refresh = model.prompt ? '' : `<meta http-equiv="refresh" content="${Math.ceil(model.timeoutMs / 1000) + 2};url=${href}">`;
  const title = model.prompt ? model.prompt.strings.title : dest.host;
  const logo = model.prompt ? httpsUrl(model.prompt.logoUrl ?? null) : null;

  const html =
    `<!doctype html><html lang="${escapeHtml(model.lang)}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">' +
    `${refresh}<title>${escapeHtml(title)}</title><style nonce="${nonce}">${STYLE}${model.prompt ? promptStyle(model.prompt.brandColor) : ''}</style></head><body>` +
    `<script type="application/json" id="${PAGE_IDS.config}">${jsonForScript(toPageConfig(model))}</script>` +
    (model.prompt ? promptHtml(model.prompt, platforms, href, model.lang, logo) : `<p><a href="${href}">${escapeHtml(dest.host)} →</a></p>`) +
    (model.prompt ? '' : noscriptBeacons(model)) +
    `<script nonce="${nonce}">${inlineScript(model.script)}</script></body></html>`;

  const extraImg = logo ? [new URL(logo).origin] : [];
  return { html, csp: interstitialCsp(model.nonce, platforms, extraImg) };
}

const STYLE = ':root{color-scheme:light dark}body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:2rem 1rem;text-align:center}';

/**
 * The prompt: a card in the page's colours (light or dark, as the visitor's system), the brand
 * colour on both buttons. Accept and Decline are the same size, colour and weight on purpose:
 * refusing must be as easy as accepting (EDPB Guidelines 03/2022 on deceptive design). Buttons
 * are at least 44 px tall (WCAG 2.5.5) and wrap to full width on a phone; the focus ring is a
 * double ring, visible on any background.
 */
function promptStyle(brandColor: string | null | undefined): string {
  const brand = isBrandColor(brandColor) ? brandColor.toLowerCase() : DEFAULT_BRAND_COLOR;
  return (
    `:root{--b:${brand};--t:${textOn(brand)};--bg:#f4f4f5;--c:#fff;--m:#52525b}` +
    '@media(prefers-color-scheme:dark){:root{--bg:#18181b;--c:#27272a;--m:#a1a1aa}}' +
    'body{background:var(--bg);padding:12vh 1rem 2rem}' +
    `#${PAGE_IDS.dialog}{box-sizing:border-box;max-width:28rem;margin:0 auto;padding:1.5rem;text-align:left;background:var(--c);border-radius:1rem;box-shadow:0 1px 3px #0002,0 8px 24px #0001}` +
    `#${PAGE_IDS.dialog}>img{display:block;max-height:40px;max-width:60%;margin-bottom:1rem}` +
    'h1{font-size:1.25rem;line-height:1.3;margin:0 0 .5rem}p{margin:0 0 1rem}a{color:inherit}' +
    '.rc-b{display:flex;flex-wrap:wrap;gap:.75rem;margin:1.25rem 0 1rem}' +
    'button{flex:1 1 9rem;min-height:2.75rem;font:600 1rem/1.2 inherit;padding:.7rem 1rem;border:0;border-radius:.6rem;background:var(--b);color:var(--t);cursor:pointer}' +
    'button:disabled{opacity:.6}.rc-s{font-size:.875rem;color:var(--m)}' +
    ':focus-visible{outline:3px solid var(--b);outline-offset:2px;box-shadow:0 0 0 2px var(--c)}'
  );
}

function promptHtml(prompt: InterstitialPrompt, platforms: Platform[], href: string, lang: string, logo: string | null): string {
  const s = prompt.strings;
  // Named in catalogue order, once each: the wording stays the same whatever order the pixels were added in.
  const names = listFormat(lang, PLATFORMS.filter((p) => platforms.includes(p)).map((p) => CATALOG[p].label));
  const policy = safeHref(prompt.privacyPolicyUrl);
  return (
    `<div id="${PAGE_IDS.dialog}" role="dialog" aria-modal="true" aria-labelledby="rc-title" aria-describedby="rc-body" tabindex="-1">` +
    (logo ? `<img src="${escapeHtml(logo)}" alt="" height="40">` : '') +
    `<h1 id="rc-title">${escapeHtml(s.title)}</h1><p id="rc-body">${escapeHtml(s.body.replaceAll('{platforms}', names))}</p>` +
    `<div class="rc-b"><button type="button" id="${PAGE_IDS.accept}">${escapeHtml(s.accept)}</button>` +
    `<button type="button" id="${PAGE_IDS.decline}">${escapeHtml(s.decline)}</button></div>` +
    `<p class="rc-s"><a id="${PAGE_IDS.skip}" href="${href}">${escapeHtml(s.continueWithout)}</a>` +
    (policy ? ` · <a href="${escapeHtml(policy)}">${escapeHtml(s.privacyPolicy)}</a>` : '') +
    '</p></div>'
  );
}

/** An https URL as the browser will request it, or null (the logo loads under the page's CSP). */
function httpsUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** No-JS image beacons of the allowed pixels that have one (catalog `noscriptBeacon`). */
function noscriptBeacons(model: InterstitialModel): string {
  const imgs = model.pixels.flatMap((p) => {
    const spec = CATALOG[p.platform];
    const url = spec.noscriptBeacon?.(p.tagId, spec.pageViewEvent);
    return url ? [`<img src="${escapeHtml(url)}" width="1" height="1" alt="">`] : [];
  });
  return imgs.length > 0 ? `<noscript>${imgs.join('')}</noscript>` : '';
}

/**
 * JSON inside `<script>`: `<`, `>` and `&` become \u escapes so no `</script>` or `<!--` can end
 * or bend the block, and U+2028/2029 are escaped for old JS parsers.
 *
 * @example jsonForScript({ q: '</script>' }) // '{"q":"\\u003c/script\\u003e"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The bundle is ours (scripts/build-web.ts refuses one containing `<!--` or `</script`), but never
 * let a string in it close the element early: `<\/` means the same inside JS strings and regexes.
 */
function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

function safeHref(url: string | null): string | null {
  if (!url) return null;
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

function listFormat(lang: string, items: string[]): string {
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
