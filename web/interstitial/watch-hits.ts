import { hitMatches } from '../../src/core/pixels/catalog.js';
import type { PagePixel } from './context.js';

/**
 * Reports each pixel once, when its counted hit (catalog `dispatchedHit`) leaves the page.
 *
 * Script `onload` is not a hit: Meta first loads signals/config/<id> and only then sends
 * facebook.com/tr (docs/pixels.md §4.3, docs/interstitial.md). So this watches the transports themselves, wrapped
 * before any vendor code runs: image `src`, `sendBeacon`, `fetch`, XHR, inserted `<script>`/`<iframe>`
 * and form submits. A request that has been started survives `location.replace`.
 */
export function watchHits(pixels: readonly PagePixel[], onHit: (pixel: PagePixel) => void): void {
  const pending = new Set(pixels);

  const check = (url: unknown, body?: unknown): void => {
    if (pending.size === 0 || url == null) return;
    // Blob bodies (sendBeacon) can only be read asynchronously; the hit has left already.
    if (body instanceof Blob) return void body.text().then((t) => check(url, t), () => check(url));
    // Watching must never break the vendor's own request.
    try {
      const u = new URL(url instanceof Request ? url.url : String(url), location.href);
      const haystack = `${decode(u.href)} ${decode(bodyText(body))}`;
      for (const p of pending) {
        if (hitMatches(p.hit, u, haystack)) {
          pending.delete(p);
          onHit(p);
        }
      }
    } catch {
      // An unparsable URL is nobody's hit.
    }
  };

  // <img src>: Meta, LinkedIn, X, Reddit, UET, Quora. The request starts when src is set, in the DOM or not.
  const img = HTMLImageElement.prototype;
  const src = Object.getOwnPropertyDescriptor(img, 'src')!;
  Object.defineProperty(img, 'src', {
    ...src,
    set(this: HTMLImageElement, v: string) {
      check(v);
      src.set!.call(this, v);
    },
  });
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (this instanceof HTMLImageElement && name.toLowerCase() === 'src') check(value);
    setAttribute.call(this, name, value);
  };

  // sendBeacon: Snap, GA4, TikTok (and Meta outside Chrome for long hits).
  const beacon = navigator.sendBeacon;
  navigator.sendBeacon = (url, data) => {
    check(url, data);
    return beacon.call(navigator, url, data);
  };

  // fetch: Pinterest, TikTok, Google conversions. XHR: LinkedIn /wa/.
  const fetch = window.fetch;
  window.fetch = (input, init) => {
    check(input, init?.body);
    return fetch(input, init);
  };
  const xhr = XMLHttpRequest.prototype;
  const open = xhr.open;
  const send = xhr.send;
  const urls = new WeakMap<XMLHttpRequest, string | URL>();
  xhr.open = function (this: XMLHttpRequest, _method: string, url: string | URL) {
    urls.set(this, url);
    // open() has 2- and 5-argument forms: pass them all through.
    return open.apply(this, arguments as unknown as Parameters<typeof open>);
  } as typeof open;
  xhr.send = function (this: XMLHttpRequest, body) {
    check(urls.get(this), body);
    send.call(this, body);
  };

  // Inserted <script>/<iframe>: Google remarketing, Snap /cm/i. Their request starts on insertion.
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) if (n instanceof HTMLScriptElement || n instanceof HTMLIFrameElement) check(n.src);
    }
  }).observe(document, { childList: true, subtree: true });

  // Meta's fallback for long hits: a form POSTed into a hidden iframe.
  const submit = HTMLFormElement.prototype.submit;
  HTMLFormElement.prototype.submit = function (this: HTMLFormElement) {
    check(this.action, new FormData(this));
    submit.call(this);
  };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function bodyText(body: unknown): string {
  if (body == null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  if (body instanceof FormData) return new URLSearchParams(body as unknown as Record<string, string>).toString();
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return new TextDecoder().decode(body);
  return '';
}
