import { readHeader, type HeaderBag } from './headers.js';

/**
 * Whether a request is a speculative load (prefetch / prerender / preview), not a person's click.
 * Such requests never count and never fire pixels (docs/architecture.md; docs/pixels.md §4.2).
 *
 * Signals, per MDN `Sec-Purpose` and Chromium `preloading_headers.cc` (docs/pixels.md §4.2):
 * - `Sec-Purpose: prefetch` — Firefox `<link rel=prefetch>` and Chromium speculation rules;
 *   prerender sends `prefetch;prerender`, and other parameters may follow (`;anonymous-client-ip`).
 *   It is a structured-field list, so each comma-separated item's token is checked.
 * - `Purpose: prefetch` — Chrome's legacy `<link rel=prefetch>`.
 * - `X-moz: prefetch` — older Firefox.
 * - `X-Purpose: preview` (and `prefetch`) — Safari's Top Sites thumbnails and older WebKit.
 *
 * @example isPrefetch(new Headers({ 'Sec-Purpose': 'prefetch;prerender' })) // true
 * @example isPrefetch({ 'user-agent': 'Mozilla/5.0' })                     // false
 */
export function isPrefetch(headers: HeaderBag): boolean {
  return (
    hasToken(readHeader(headers, 'sec-purpose'), 'prefetch') ||
    hasToken(readHeader(headers, 'purpose'), 'prefetch') ||
    hasToken(readHeader(headers, 'x-moz'), 'prefetch') ||
    hasToken(readHeader(headers, 'x-purpose'), 'prefetch') ||
    hasToken(readHeader(headers, 'x-purpose'), 'preview')
  );
}

/** True when one list item's token (before any `;` parameters) equals `token`, ignoring case. */
function hasToken(value: string | null, token: string): boolean {
  if (value === null || value.length > 256) return false;
  return value.split(',').some((item) => {
    const semi = item.indexOf(';');
    return (semi === -1 ? item : item.slice(0, semi)).trim().toLowerCase() === token;
  });
}
