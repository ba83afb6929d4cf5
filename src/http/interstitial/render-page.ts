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

  const html =
    `<!doctype html><html lang="${escapeHtml(model.lang)}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">' +
    `${refresh}<title>${escapeHtml(title)}</title><style nonce="${nonce}">${STYLE}</style></head><body>` +
    `<script type="application/json" id="${PAGE_IDS.config}">${jsonForScript(toPageConfig(model))}</script>` +
    (model.prompt ? promptHtml(model.prompt, platforms, href, model.lang) : `<p><a href="${href}">${escapeHtml(dest.host)} →</a></p>`) +
    (model.prompt ? '' : noscriptBeacons(model)) +
    `<script nonce="${nonce}">${inlineScript(model.script)}</script></body></html>`;

  return { html, csp: interstitialCsp(model.nonce, platforms) };
}

// Accept and Decline look the same on purpose: refusing must be as easy as accepting.
const STYLE =
  ':root{color-scheme:light dark}body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:2rem 1rem;text-align:center}' +
  `#${PAGE_IDS.dialog}{max-width:30rem;margin:0 auto;text-align:left}h1{font-size:1.3rem;margin:0 0 .5rem}` +
  'button{font:inherit;min-width:8rem;padding:.6rem 1rem;margin:.3rem .5rem .3rem 0;border:2px solid;border-radius:.4rem;background:none;color:inherit;cursor:pointer}' +
  ':focus-visible{outline:3px solid #1a73e8;outline-offset:2px}';

function promptHtml(prompt: InterstitialPrompt, platforms: Platform[], href: string, lang: string): string {
  const s = prompt.strings;
  // Named in catalogue order, once each: the wording stays the same whatever order the pixels were added in.
  const names = listFormat(lang, PLATFORMS.filter((p) => platforms.includes(p)).map((p) => CATALOG[p].label));
  const policy = safeHref(prompt.privacyPolicyUrl);
  return (
    `<div id="${PAGE_IDS.dialog}" role="dialog" aria-modal="true" aria-labelledby="rc-title" aria-describedby="rc-body" tabindex="-1">` +
    `<h1 id="rc-title">${escapeHtml(s.title)}</h1><p id="rc-body">${escapeHtml(s.body.replaceAll('{platforms}', names))}</p>` +
    (policy ? `<p><a href="${escapeHtml(policy)}">${escapeHtml(s.privacyPolicy)}</a></p>` : '') +
    `<p><button type="button" id="${PAGE_IDS.accept}">${escapeHtml(s.accept)}</button>` +
    `<button type="button" id="${PAGE_IDS.decline}">${escapeHtml(s.decline)}</button></p>` +
    `<p><a id="${PAGE_IDS.skip}" href="${href}">${escapeHtml(s.continueWithout)}</a></p></div>`
  );
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
