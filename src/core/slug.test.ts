import { describe, expect, it } from 'vitest';
import type { Random } from './ports.js';
import { RANDOM_SLUG_LENGTH, RESERVED_SLUGS, SLUG_ALPHABET, SLUG_PATTERN, checkCustomSlug, randomSlug } from './slug.js';

/** A deterministic xorshift generator, so distribution checks are repeatable. */
function seededRandom(seed: number): Random {
  let x = seed >>> 0 || 1;
  return {
    bytes(n) {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        x ^= x << 13;
        x >>>= 0;
        x ^= x >>> 17;
        x ^= x << 5;
        x >>>= 0;
        out[i] = x & 0xff;
      }
      return out;
    },
  };
}

/** Replays the given bytes, then repeats the last. */
function scriptedRandom(bytes: number[]): Random {
  let i = 0;
  return { bytes: (n) => Uint8Array.from({ length: n }, () => bytes[Math.min(i++, bytes.length - 1)]!) };
}

describe('SLUG_ALPHABET', () => {
  it('has 56 distinct symbols and none of the look-alikes 0 O o 1 l I', () => {
    expect(SLUG_ALPHABET).toHaveLength(56);
    expect(new Set(SLUG_ALPHABET).size).toBe(56);
    for (const c of '0Oo1lI') expect(SLUG_ALPHABET).not.toContain(c);
    expect(SLUG_ALPHABET).toMatch(/^[A-Za-z0-9]+$/);
  });
});

describe('randomSlug', () => {
  it('draws RANDOM_SLUG_LENGTH (7) characters from the alphabet', () => {
    const random = seededRandom(42);
    expect(RANDOM_SLUG_LENGTH).toBe(7);
    for (let i = 0; i < 200; i++) {
      const slug = randomSlug(random);
      expect(slug).toHaveLength(7);
      for (const c of slug) expect(SLUG_ALPHABET).toContain(c);
      expect(checkCustomSlug(slug)).toBeNull();
    }
  });

  it('honours a longer length', () => {
    expect(randomSlug(seededRandom(7), 12)).toHaveLength(12);
  });

  it('rejects bytes ≥ 224 instead of folding them (no modulo bias)', () => {
    // 224..255 are skipped; 0 → '2', 55 → 'Z', 56 → '2' again, 223 → 'Z'.
    expect(randomSlug(scriptedRandom([224, 255, 0, 240, 55, 56, 223, 1, 2, 3]), 7)).toBe('2Z2Z345');
  });

  it('keeps drawing when a whole batch of bytes is rejected', () => {
    const bytes = [...Array(14).fill(250), 0, 1, 2, 3, 4, 5, 6];
    expect(randomSlug(scriptedRandom(bytes), 7)).toBe('2345678');
  });

  it('uses every symbol about equally often', () => {
    const random = seededRandom(2024);
    const counts = new Map<string, number>();
    const slugs = 8000;
    for (let i = 0; i < slugs; i++) for (const c of randomSlug(random)) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(56);
    const expected = (slugs * 7) / 56; // 1000
    let chiSquare = 0;
    for (const n of counts.values()) chiSquare += (n - expected) ** 2 / expected;
    // 55 degrees of freedom: p = 0.001 at ≈ 93.2.
    expect(chiSquare).toBeLessThan(93);
  });

  it('practically never repeats itself', () => {
    const random = seededRandom(99);
    const seen = new Set(Array.from({ length: 5000 }, () => randomSlug(random)));
    expect(seen.size).toBe(5000);
  });
});

describe('checkCustomSlug', () => {
  it.each(['a', 'Promo', 'promo', 'spring-sale_2026', 'X'.repeat(100), '0', '9lives'])('accepts %j', (slug) => {
    expect(checkCustomSlug(slug)).toBeNull();
    expect(SLUG_PATTERN.test(slug)).toBe(true);
  });

  it.each(['', 'a b', 'a/b', 'a.b', '-lead', 'ünï', 'a?b', 'a%20', 'X'.repeat(101), 'tab\t'])('refuses %j as SLUG_INVALID', (slug) => {
    expect(checkCustomSlug(slug)).toBe('SLUG_INVALID');
  });

  it.each(['api', 'API', 'Api', '_r', '_R', 'assets', 'ASSETS', 'healthz', 'readyz', 'metrics', 'docs', 'dashboard'])(
    'refuses %j as SLUG_RESERVED (whatever its case)',
    (slug) => {
      expect(checkCustomSlug(slug)).toBe('SLUG_RESERVED');
    },
  );

  it('reserves every path segment Ricochet serves itself', () => {
    for (const s of ['api', '_r', 'assets', 'healthz', 'readyz', 'metrics']) expect(RESERVED_SLUGS.has(s)).toBe(true);
  });

  it('does not reserve slugs that merely contain a reserved word', () => {
    expect(checkCustomSlug('api-docs-2')).toBeNull();
    expect(checkCustomSlug('myapi')).toBeNull();
  });
});
