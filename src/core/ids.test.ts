import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ID_PREFIXES, isIdOf, newId, type IdKind } from './ids.js';
import type { Random } from './ports.js';

const random: Random = { bytes: (n) => randomBytes(n) };
const zeros: Random = { bytes: (n) => new Uint8Array(n) };
const ones: Random = { bytes: (n) => new Uint8Array(n).fill(0xff) };

describe('newId', () => {
  it.each(Object.entries(ID_PREFIXES) as Array<[IdKind, string]>)('%s ids start with %s_ and have 26 base32 characters', (kind, prefix) => {
    const id = newId(kind, Date.now(), random);
    expect(id).toMatch(new RegExp(`^${prefix}_[0-9a-hjkmnp-tv-z]{26}$`));
    expect(isIdOf(kind, id)).toBe(true);
  });

  it('sorts by creation time as plain strings, across digit boundaries', () => {
    const times = [0, 1, 31, 32, 1023, 1024, 1_700_000_000_000, 1_700_000_000_001, 1_800_000_000_000, 2 ** 45];
    const ids = times.map((t) => newId('link', t, random));
    expect([...ids].sort()).toEqual(ids);
  });

  it('sorts by time whatever the random part', () => {
    const t = 1_767_225_600_000;
    expect(newId('link', t, ones) < newId('link', t + 1, zeros)).toBe(true);
  });

  it('encodes the time in the first 10 characters', () => {
    const t = 1_767_225_600_123;
    expect(newId('link', t, zeros).slice(4, 14)).toBe(newId('link', t, ones).slice(4, 14));
    expect(newId('link', t, zeros).slice(14)).toBe('0'.repeat(16));
  });

  it('differs for ids made in the same millisecond', () => {
    const t = Date.now();
    const ids = new Set(Array.from({ length: 1000 }, () => newId('link', t, random)));
    expect(ids.size).toBe(1000);
  });

  it('clamps negative and fractional times', () => {
    expect(newId('link', -5, zeros)).toBe(newId('link', 0, zeros));
    expect(newId('link', 10.9, zeros)).toBe(newId('link', 10, zeros));
  });
});

describe('isIdOf', () => {
  it('checks the prefix and the shape', () => {
    const id = newId('pixel', Date.now(), random);
    expect(isIdOf('pixel', id)).toBe(true);
    expect(isIdOf('link', id)).toBe(false);
    expect(isIdOf('pixel', `${id}x`)).toBe(false);
    expect(isIdOf('pixel', id.toUpperCase())).toBe(false);
    expect(isIdOf('pixel', 'pix_short')).toBe(false);
  });
});
