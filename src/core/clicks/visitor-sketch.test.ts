/**
 * Issue 15: the visitor sketch is exact at small counts, within 2 % at 1 M distinct, and its
 * union is a true set union (order, grouping and repetition never change the registers), so
 * sketches written by several nodes and for several days merge into one count.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { SPARSE_MAX, VisitorSketch } from './visitor-sketch.js';

type Hash = readonly [number, number];

/** splitmix64's finaliser: a bijection on 64 bits that spreads its input like a keyed hash does. */
function mix64(x: bigint): Hash {
  const mask = (1n << 64n) - 1n;
  let z = x & mask;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask;
  z ^= z >> 31n;
  return [Number(z >> 32n), Number(z & 0xffffffffn)];
}

/**
 * Distinct visitors as their hashes: what the sketch gets in production is a keyed hash, uniform
 * over 64 bits, so the generated inputs are distinct numbers put through a 64-bit mixer.
 */
const distinctHashes = (maxLength: number) => fc.uniqueArray(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), { maxLength }).map((xs) => xs.map(mix64));

function sketchOf(hashes: readonly Hash[]): VisitorSketch {
  const s = new VisitorSketch();
  for (const [hi, lo] of hashes) s.add(hi, lo);
  return s;
}

/** n distinct hashes, deterministic per seed (splitmix64 over a counter). */
function* splitmix(n: number, seed: number): Generator<Hash> {
  for (let i = 0; i < n; i++) yield mix64(BigInt(seed) * 0x100000000n + BigInt(i) * 0x9e3779b97f4a7c15n);
}

describe('visitor sketch', () => {
  it('is empty at first, and counts one visitor once however often it is added', () => {
    const s = new VisitorSketch();
    expect(s.estimate()).toBe(0);
    for (let i = 0; i < 100; i++) s.add(0xdeadbeef, 0x12345678);
    expect(Math.round(s.estimate())).toBe(1);
  });

  test.prop([distinctHashes(100)])('counts up to 100 distinct visitors exactly', (hashes) => {
    expect(Math.round(sketchOf(hashes).estimate())).toBe(hashes.length);
  });

  test.prop([distinctHashes(SPARSE_MAX)], { numRuns: 20 })('stays within one of the exact count while sparse (two visitors rarely share a position)', (hashes) => {
    const s = sketchOf(hashes);
    expect(s.isSparse).toBe(true);
    expect(Math.abs(Math.round(s.estimate()) - hashes.length)).toBeLessThanOrEqual(1);
  });

  it.each([
    [10, 0],
    [1_000, 0.001],
    [100_000, 0.02],
    [1_000_000, 0.02],
  ])('estimates %i distinct visitors within %f relative error, against the exact count (three seeds)', (n, bound) => {
    for (const seed of [1, 2, 3]) {
      const s = sketchOf([...splitmix(n, seed)]);
      const error = Math.abs(Math.round(s.estimate()) - n) / n;
      expect(error, `seed ${seed}: estimate ${s.estimate()}`).toBeLessThanOrEqual(bound);
    }
  });

  test.prop([distinctHashes(300), distinctHashes(300)])('merging two sketches gives the sketch of the union, in any order', (a, b) => {
    const union = sketchOf([...a, ...b]).serialize();
    const ab = sketchOf(a);
    ab.merge(sketchOf(b));
    const ba = sketchOf(b);
    ba.mergeBytes(sketchOf(a).serialize());
    expect(ab.serialize()).toEqual(union);
    expect(ba.serialize()).toEqual(union);
  });

  test.prop([fc.array(distinctHashes(3000), { minLength: 1, maxLength: 4 })], { numRuns: 15 })(
    'registers do not depend on how the visitors were split, grouped or repeated (sparse, dense and mixed)',
    (parts) => {
      const all = parts.flat();
      const direct = sketchOf([...all, ...all.slice(0, 50)]).serialize();
      const merged = new VisitorSketch();
      for (const part of parts.reverse()) merged.mergeBytes(sketchOf(part).serialize());
      merged.merge(merged);
      expect(merged.serialize()).toEqual(direct);
    },
  );

  test.prop([distinctHashes(6000)], { numRuns: 15 })('survives serialization unchanged', (hashes) => {
    const s = sketchOf(hashes);
    const bytes = s.serialize();
    expect(VisitorSketch.deserialize(bytes).serialize()).toEqual(bytes);
    expect(VisitorSketch.deserialize(bytes).estimate()).toBe(s.estimate());
    // Sparse while small (4 bytes an entry), then the 16 KB of dense registers.
    if (s.isSparse) expect((bytes.length - 1) / 4).toBeLessThanOrEqual(hashes.length);
    else expect(bytes.length).toBe(1 + 16_384);
  });

  it('refuses bytes that are not a sketch', () => {
    expect(() => VisitorSketch.deserialize(new Uint8Array([9, 1, 2]))).toThrow(/not a visitor sketch/);
    expect(() => VisitorSketch.deserialize(new Uint8Array([2, 0]))).toThrow(/dense sketch/);
  });
});
