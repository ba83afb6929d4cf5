import { LIMITS } from '../limits.js';
import { encodeUnsafeQueryChars, splitRawQuery, type RawParam } from './raw-query.js';

/**
 * Ad-platform click ids (docs/pixels.md §0): always forwarded to the destination, even when the link
 * has `forwardQuery: false`, byte for byte (docs/architecture.md). Matched case-sensitively: these are
 * the exact names the platforms append (`ScCid` is Snap's spelling).
 */
export const CLICK_ID_PARAMS = [
  'fbclid',
  'gclid',
  'gbraid',
  'wbraid',
  'ttclid',
  'li_fat_id',
  'twclid',
  'msclkid',
  'epik',
  'ScCid',
  'rdt_cid',
] as const;

/**
 * Parameters addressed to Ricochet itself, never forwarded: the TCF URL macros
 * `gdpr`/`gdpr_consent` (docs/pixels.md §2.2). The ad server fills `${GDPR_CONSENT_<vendor>}` for the
 * click URL's owner, which is us; passing the visitor's TC string on to a third-party destination
 * would hand their consent record to a party it was not meant for (data minimisation). Parameters
 * of the same name written into the link's own destination URL are kept: the marketer put them there.
 */
export const CONTROL_PARAMS = ['gdpr', 'gdpr_consent'] as const;

const CLICK_IDS: ReadonlySet<string> = new Set(CLICK_ID_PARAMS);
const CONTROL: ReadonlySet<string> = new Set(CONTROL_PARAMS);

/**
 * The URL to send the visitor to: `url` (a link's destination or matched rule URL, already
 * validated at creation) with the incoming query merged in (docs/architecture.md).
 *
 * - `forwardQuery: true` forwards every incoming parameter except `CONTROL_PARAMS`;
 *   `false` forwards only `CLICK_ID_PARAMS`.
 * - When the destination and the incoming query carry the same key (compared decoded, so
 *   `utm%5Fsource` and `utm_source` collide), the incoming value wins and the destination's copies
 *   are dropped: the share-specific value (this ad's `utm_content`, this click's `gclid`) is the
 *   more precise one, and a duplicated key would leave the choice to whichever of first/last the
 *   destination's framework picks. Repeated keys *within* the incoming query (`tag=a&tag=b`) are
 *   kept: that is a multi-valued parameter, not a conflict.
 * - Forwarded parameters keep their raw bytes; only characters that may not appear in a URL
 *   (controls, space, `#`, non-ASCII, …) are percent-encoded (`encodeUnsafeQueryChars`).
 * - At most `LIMITS.forwardedParams` incoming parameters are forwarded (click ids first, then
 *   the others in order): a query of thousands of keys does not become a Location of thousands.
 * - Order: the destination's remaining parameters, then the forwarded ones; the destination's
 *   `#fragment` stays last. With nothing to forward, `url` is returned unchanged.
 * Never throws on hostile input (huge, odd, invalid percent-encoding, CR/LF).
 *
 * @example buildDestination('https://shop.example/p?utm_source=site#top', 'utm_source=ad&fbclid=AbC', true)
 *   // 'https://shop.example/p?utm_source=ad&fbclid=AbC#top'
 * @example buildDestination('https://shop.example/p', 'ref=x&gclid=Cj0K', false)
 *   // 'https://shop.example/p?gclid=Cj0K'
 */
export function buildDestination(url: string, incomingQuery: string, forwardQuery: boolean): string {
  let forwarded = splitRawQuery(incomingQuery).filter((p) => (forwardQuery ? !CONTROL.has(p.key) : CLICK_IDS.has(p.key)));
  if (forwarded.length === 0) return url;
  if (forwarded.length > LIMITS.forwardedParams) {
    forwarded = [...forwarded.filter((p) => CLICK_IDS.has(p.key)), ...forwarded.filter((p) => !CLICK_IDS.has(p.key))].slice(0, LIMITS.forwardedParams);
  }

  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : url.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  const base = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const ownQuery = queryAt === -1 ? '' : beforeHash.slice(queryAt + 1);

  const overridden = new Set(forwarded.map((p) => p.key));
  const kept = splitRawQuery(ownQuery).filter((p) => !overridden.has(p.key));
  const query = [...kept.map(rawOf), ...forwarded.map((p) => encodeUnsafeQueryChars(p.raw))].join('&');
  return `${base}?${query}${fragment}`;
}

function rawOf(param: RawParam): string {
  return param.raw;
}
