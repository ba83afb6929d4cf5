import { CLICK_ID_PARAMS } from '../redirect/destination.js';
import { UTM_FIELDS, type Utm } from './click.js';

const MAX_UTM_LENGTH = 200;

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * UTM values of the incoming query (first occurrence wins; undecodable or over-long values are
 * ignored, not fatal). Cheap when there are none: one `includes` check.
 */
export function utmOf(query: string): Utm {
  const utm: Utm = { utm_source: null, utm_medium: null, utm_campaign: null, utm_term: null, utm_content: null };
  if (!query.includes('utm_')) return utm;
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const name = eq === -1 ? pair : pair.slice(0, eq);
    if (!(UTM_FIELDS as readonly string[]).includes(name) || utm[name as keyof Utm] !== null) continue;
    const value = decode(eq === -1 ? '' : pair.slice(eq + 1))?.trim();
    if (value && value.length <= MAX_UTM_LENGTH) utm[name as keyof Utm] = value;
  }
  return utm;
}

const BIT = new Map<string, number>(CLICK_ID_PARAMS.map((name, i) => [name, 1 << i]));

/**
 * Which ad click ids the query carries, as a bit set over CLICK_ID_PARAMS (bit i = the i-th name;
 * the list only ever grows at its end, so stored sets stay readable). Names only, never values.
 */
export function clickIdMask(query: string): number {
  if (query === '') return 0;
  let mask = 0;
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const bit = BIT.get(eq === -1 ? pair : pair.slice(0, eq));
    if (bit !== undefined) mask |= bit;
  }
  return mask;
}

/** The names in a click-id bit set, in CLICK_ID_PARAMS order. */
export function clickIdNames(mask: number): Array<(typeof CLICK_ID_PARAMS)[number]> {
  return mask === 0 ? [] : CLICK_ID_PARAMS.filter((_, i) => (mask & (1 << i)) !== 0);
}

/** Which ad click ids the query carries, by name, in a stable order. */
export function clickIdsOf(query: string): string[] {
  return clickIdNames(clickIdMask(query));
}
