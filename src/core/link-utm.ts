/**
 * A link's UTM fields live in its destination URL (`utm_source=…` in the query string), not
 * beside it: the URL is what visitors get and what the redirect path reads, so the two can never
 * disagree (Dub keeps both and syncs them). These helpers read and edit that part of a URL's
 * query string without touching the rest of it: other parameters keep their order and their
 * exact encoding, which a round trip through URLSearchParams would not guarantee (`%20` → `+`).
 */
export const UTM_FIELDS = ['source', 'medium', 'campaign', 'term', 'content'] as const;
export type UtmField = (typeof UTM_FIELDS)[number];
export type Utm = Record<UtmField, string | null>;
/** A value sets the parameter, `null` removes it, an absent key leaves it as it is. */
export type UtmPatch = Partial<Record<UtmField, string | null>>;

function split(url: string): { base: string; query: string | null; hash: string } {
  const hashAt = url.indexOf('#');
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const rest = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = rest.indexOf('?');
  return queryAt === -1 ? { base: rest, query: null, hash } : { base: rest.slice(0, queryAt), query: rest.slice(queryAt + 1), hash };
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/** The UTM parameters of a URL (the first occurrence of each; null when absent or empty). */
export function utmOf(url: string): Utm {
  const utm: Utm = { source: null, medium: null, campaign: null, term: null, content: null };
  const { query } = split(url);
  if (!query) return utm;
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const name = decode(eq === -1 ? pair : pair.slice(0, eq));
    if (!name.startsWith('utm_')) continue;
    const field = name.slice(4) as UtmField;
    if ((UTM_FIELDS as readonly string[]).includes(field) && utm[field] === null) {
      const value = eq === -1 ? '' : decode(pair.slice(eq + 1));
      utm[field] = value === '' ? null : value;
    }
  }
  return utm;
}

/**
 * `url` with the patch applied: a set parameter replaces every `utm_x` already there (at the
 * position of the first one, else at the end), a `null` removes them all.
 * @example withUtm('https://e.com/a?x=1', { source: 'news' }) // 'https://e.com/a?x=1&utm_source=news'
 */
export function withUtm(url: string, patch: UtmPatch): string {
  const { base, query, hash } = split(url);
  const pairs = query === null || query === '' ? [] : query.split('&');
  const touched = new Set(UTM_FIELDS.filter((f) => patch[f] !== undefined).map((f) => `utm_${f}`));
  if (touched.size === 0) return url;
  const placed = new Set<string>();
  const out: string[] = [];
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const name = decode(eq === -1 ? pair : pair.slice(0, eq));
    if (!touched.has(name)) {
      out.push(pair);
      continue;
    }
    const value = patch[name.slice(4) as UtmField];
    if (value !== null && value !== undefined && !placed.has(name)) out.push(`${name}=${encodeURIComponent(value)}`);
    placed.add(name);
  }
  for (const field of UTM_FIELDS) {
    const value = patch[field];
    if (value !== null && value !== undefined && !placed.has(`utm_${field}`)) out.push(`utm_${field}=${encodeURIComponent(value)}`);
  }
  return `${base}${out.length > 0 ? `?${out.join('&')}` : ''}${hash}`;
}
