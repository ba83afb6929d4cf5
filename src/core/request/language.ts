/** Enough for any real browser (Chrome caps its list well below this); the rest is ignored. */
const MAX_HEADER_CHARS = 1024;
const MAX_TAGS = 32;

/** BCP 47-shaped: a 1–8 letter primary subtag, then 1–8 alphanumeric subtags (RFC 9110 §12.5.4). */
const TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
/** RFC 9110 §12.4.2 qvalue: 0 to 1 with at most three decimals. */
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * Parse `Accept-Language` into language tags, most preferred first. Entries with `q=0`, `*`,
 * malformed tags or malformed q-values are dropped; equal q-values keep their header order
 * (RFC 9110 §12.5.4). Tags come back in conventional case (`en-GB`, `zh-Hant-TW`), duplicates
 * removed. Never throws; oversized headers are truncated rather than rejected.
 *
 * @example parseAcceptLanguage('fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5') // ['fr-CH', 'fr', 'en']
 * @example parseAcceptLanguage('en;q=0, de')                        // ['de']
 */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (typeof header !== 'string' || header.length === 0) return [];
  const entries: { tag: string; q: number; order: number }[] = [];
  const parts = header.slice(0, MAX_HEADER_CHARS).split(',');
  for (let i = 0; i < parts.length && entries.length < MAX_TAGS; i++) {
    const [rawTag = '', ...params] = (parts[i] ?? '').split(';');
    const tag = rawTag.trim();
    if (!TAG.test(tag)) continue;
    const q = qValue(params);
    if (q === null || q === 0) continue;
    entries.push({ tag: canonicalCase(tag), q, order: i });
  }
  entries.sort((a, b) => b.q - a.q || a.order - b.order);
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const { tag } of entries) {
    const key = tag.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}

/** 1 when absent; null when a `q` parameter is present but malformed (the entry is then ignored). */
function qValue(params: string[]): number | null {
  let q = 1;
  for (const param of params) {
    const eq = param.indexOf('=');
    const name = (eq === -1 ? param : param.slice(0, eq)).trim();
    const value = eq === -1 ? '' : param.slice(eq + 1).trim();
    if (name.toLowerCase() !== 'q') continue;
    if (!QVALUE.test(value)) return null;
    q = Number(value);
  }
  return q;
}

/** `EN-gb` → `en-GB`, `zh-hant-tw` → `zh-Hant-TW` (BCP 47 §2.1.1 conventions, for display only). */
function canonicalCase(tag: string): string {
  return tag
    .split('-')
    .map((sub, i) => {
      if (i === 0) return sub.toLowerCase();
      if (sub.length === 2 && /^[A-Za-z]+$/.test(sub)) return sub.toUpperCase();
      if (sub.length === 4 && /^[A-Za-z]+$/.test(sub)) return sub[0]!.toUpperCase() + sub.slice(1).toLowerCase();
      return sub.toLowerCase();
    })
    .join('-');
}
