import type { Random } from './ports.js';

/**
 * Random slugs use an alphabet without look-alikes (no 0/O/o, 1/l/I), so a slug read aloud or
 * off a poster survives. 56 symbols × 7 characters ≈ 1.7 × 10¹² slugs; creation retries on a
 * collision and grows the length when a domain gets crowded.
 */
export const SLUG_ALPHABET = '23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
export const RANDOM_SLUG_LENGTH = 7;

/** Slugs are case-sensitive: `Promo` and `promo` are two links. */
export const SLUG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/**
 * Paths Ricochet serves itself, refused as custom slugs whatever their case (so `API` cannot
 * shadow `/api` for a visitor typing it differently).
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'api', '_r', 'assets', 'static', 'healthz', 'readyz', 'metrics', 'docs', 'dashboard', 'admin',
  'login', 'logout', 'settings', 'favicon', 'robots', 'sitemap', 'well-known', 'null', 'undefined',
]);

export type SlugProblem = 'SLUG_INVALID' | 'SLUG_RESERVED';

/** Reserved is checked first: `_r` breaks the pattern too, but "reserved" is the useful answer. */
export function checkCustomSlug(slug: string): SlugProblem | null {
  if (RESERVED_SLUGS.has(slug.toLowerCase())) return 'SLUG_RESERVED';
  if (!SLUG_PATTERN.test(slug)) return 'SLUG_INVALID';
  return null;
}

/** Unbiased: bytes ≥ 224 (= 4 × 56) are rejected rather than folded onto the alphabet. */
export function randomSlug(random: Random, length = RANDOM_SLUG_LENGTH): string {
  let out = '';
  while (out.length < length) {
    for (const b of random.bytes(length * 2)) {
      if (b >= 224) continue;
      out += SLUG_ALPHABET[b % 56];
      if (out.length === length) break;
    }
  }
  return out;
}
