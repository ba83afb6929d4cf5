import { CLICK_ID_PARAMS } from '../redirect/destination.js';
import { UTM_FIELDS, type Utm } from './click.js';

const MAX_UTM_LENGTH = 200;
const CLICK_IDS: ReadonlySet<string> = new Set(CLICK_ID_PARAMS);

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

/** Which ad click ids the query carries, by name, in a stable order. */
export function clickIdsOf(query: string): string[] {
  if (query === '') return [];
  const found = new Set<string>();
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const name = eq === -1 ? pair : pair.slice(0, eq);
    if (CLICK_IDS.has(name)) found.add(name);
  }
  return CLICK_ID_PARAMS.filter((n) => found.has(n));
}
