/**
 * Byte-preserving query-string handling. `URLSearchParams` would decode and re-encode every value
 * (`+` ↔ `%20`, `%7e` → `~`, lower-case hex → upper-case), which changes click ids that platforms
 * compare byte for byte (Meta: "never re-decode/re-case/truncate the fbclid", docs/pixels.md §0).
 * So parameters stay raw `key=value` strings; keys are decoded only to compare them.
 */
export interface RawParam {
  /** The parameter exactly as received, e.g. `utm_source=news%20letter`. */
  raw: string;
  /** The decoded key, for comparisons only. */
  key: string;
}

/**
 * Split a raw query (without `?`; a leading `?` is tolerated) on `&`. Empty pieces and pieces with
 * an empty key (`=x`) are dropped. Never throws, whatever the input.
 *
 * @example splitRawQuery('a=1&&b&=x&c%5Fd=2') // [{ raw: 'a=1', key: 'a' }, { raw: 'b', key: 'b' }, { raw: 'c%5Fd=2', key: 'c_d' }]
 */
export function splitRawQuery(query: string): RawParam[] {
  const q = query.startsWith('?') ? query.slice(1) : query;
  if (q === '') return [];
  const params: RawParam[] = [];
  for (const raw of q.split('&')) {
    const eq = raw.indexOf('=');
    const key = decodeQueryComponent(eq === -1 ? raw : raw.slice(0, eq));
    if (key !== '') params.push({ raw, key });
  }
  return params;
}

/**
 * The value of a raw parameter (after the first `=`), decoded; `''` when it has none.
 *
 * @example rawParamValue({ raw: 'gdpr_consent=CQ%2Dx', key: 'gdpr_consent' }) // 'CQ-x'
 */
export function rawParamValue(param: RawParam): string {
  const eq = param.raw.indexOf('=');
  return eq === -1 ? '' : decodeQueryComponent(param.raw.slice(eq + 1));
}

/**
 * `application/x-www-form-urlencoded` decoding (`+` is a space). Invalid percent-encoding
 * (`%zz`, a lone `%`, bytes that are not UTF-8) leaves the text as it was instead of throwing.
 *
 * @example decodeQueryComponent('a+b%20c') // 'a b c'
 * @example decodeQueryComponent('100%')    // '100%'
 */
export function decodeQueryComponent(component: string): string {
  if (!component.includes('%') && !component.includes('+')) return component; // the common case
  const spaced = component.replace(/\+/g, ' ');
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * Characters RFC 3986 §3.4 allows in a query: unreserved, sub-delims, `:` `@` `/` `?`, plus `%`
 * (kept as is even when not followed by two hex digits: browsers tolerate it, and rewriting it
 * would change bytes someone may rely on).
 */
const QUERY_SAFE = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*$/;

/**
 * Percent-encode (UTF-8) the characters of one raw `key=value` piece that may not appear in a
 * URL: controls (CR/LF included), space, `"`, `#`, `<`, `>`, `\`, `^`, `` ` ``, `{`, `|`, `}` and
 * non-ASCII. Everything else, percent-escapes included, is left byte for byte, so a well-formed
 * click id is never touched. A Location header built from the result cannot be split or
 * truncated. Lone surrogates become U+FFFD.
 *
 * @example encodeUnsafeQueryChars('q=a b#c')  // 'q=a%20b%23c'
 * @example encodeUnsafeQueryChars('fbclid=IwAR3x-Y_z') // unchanged
 */
export function encodeUnsafeQueryChars(piece: string): string {
  if (QUERY_SAFE.test(piece)) return piece;
  let out = '';
  for (const char of piece) {
    if (QUERY_SAFE.test(char)) {
      out += char;
      continue;
    }
    try {
      out += encodeURIComponent(char);
    } catch {
      out += '%EF%BF%BD'; // a lone surrogate: encodeURIComponent throws URIError on it
    }
  }
  return out;
}
