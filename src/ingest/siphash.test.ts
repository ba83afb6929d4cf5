/**
 * SipHash-2-4 against the reference test vectors (the paper's appendix and the reference
 * implementation's vectors.h: key 00 01 … 0f, messages 00 01 … (n − 1)).
 */
import { describe, expect, it } from 'vitest';
import { siphash24 } from './siphash.js';

const key = Uint8Array.from({ length: 16 }, (_, i) => i);
const message = (n: number) => Uint8Array.from({ length: n }, (_, i) => i);
const hex = ([hi, lo]: [number, number]) => hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');

describe('siphash24', () => {
  it.each([
    [0, '726fdb47dd0e0e31'],
    [1, '74f839c593dc67fd'],
    [7, 'ab0200f58b01d137'],
    [8, '93f5f5799a932462'],
    [15, 'a129ca6149be45e5'],
    [16, '3f2acc7f57c29bdb'],
    [63, '958a324ceb064572'],
  ])('hashes %i bytes as the reference does', (n, expected) => {
    expect(hex(siphash24(key, message(n)))).toBe(expected);
  });

  it('depends on every key byte', () => {
    const base = hex(siphash24(key, message(32)));
    for (let i = 0; i < 16; i++) {
      const other = Uint8Array.from(key);
      other[i] = (other[i] as number) ^ 1;
      expect(hex(siphash24(other, message(32)))).not.toBe(base);
    }
  });
});
