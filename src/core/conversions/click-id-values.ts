import { CLICK_ID_PARAMS } from '../redirect/destination.js';

export type ClickIdParam = (typeof CLICK_ID_PARAMS)[number];
/** The values of the ad click ids a click's URL carried, by name. */
export type ClickIdValues = Partial<Record<ClickIdParam, string>>;

const NAMES: ReadonlySet<string> = new Set(CLICK_ID_PARAMS);
/** Real click ids are well under this; longer values are not kept. */
const MAX_VALUE = 512;

/**
 * The ad click ids' values in a raw query string, first occurrence of each name, decoded (the
 * platforms want the value as it was issued: fbclid is case-sensitive and must not be altered).
 * Cheap when there are none.
 * @example clickIdValues('utm_source=x&fbclid=IwAR1') // { fbclid: 'IwAR1' }
 */
export function clickIdValues(query: string): ClickIdValues {
  const out: ClickIdValues = {};
  if (query === '') return out;
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = pair.slice(0, eq);
    if (!NAMES.has(name) || out[name as ClickIdParam] !== undefined) continue;
    let value: string;
    try {
      value = decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
    } catch {
      continue;
    }
    if (value !== '' && value.length <= MAX_VALUE) out[name as ClickIdParam] = value;
  }
  return out;
}

export function hasClickIds(values: ClickIdValues): boolean {
  for (const _ in values) return true;
  return false;
}
