import { describe, expect, it } from 'vitest';
import { MemorySeal } from './memory-seal.js';

describe('the memory seal', () => {
  it('opens what it sealed, across keystream chunks, and never shows the value', () => {
    const seal = new MemorySeal();
    const values = Array.from({ length: 20_000 }, (_, i) => `198.51.${(i >> 8) & 255}.${i & 255}`);
    const sealed = values.map((v) => seal.seal(v));
    for (const s of sealed) expect(s).not.toContain('198.51');
    expect(sealed.map((s) => seal.open(s))).toEqual(values);
    // Never the same ciphertext twice for one value (every keystream byte is used once).
    expect(new Set(values.slice(0, 100).map(() => seal.seal('203.0.113.7'))).size).toBe(100);
  });

  it('another process (a new key) cannot open it; garbage is refused', () => {
    const sealed = new MemorySeal().seal('203.0.113.7');
    expect(new MemorySeal().open(sealed)).toBeNull();
    expect(new MemorySeal().open('not sealed')).toBeNull();
    expect(new MemorySeal().open(null)).toBeNull();
  });
});
