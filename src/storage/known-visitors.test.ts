import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../core/clicks/click.js';
import { KnownVisitors } from './known-visitors.js';

const NOW = Date.UTC(2026, 10, 23, 12);
const TODAY = Math.floor(NOW / DAY_MS);

describe('KnownVisitors', () => {
  it('remembers committed visitor-days by day', () => {
    const known = new KnownVisitors();
    expect(known.has('ws|lnk|h1', TODAY)).toBe(false);
    known.addAll([['ws|lnk|h1', TODAY]], NOW);
    expect(known.has('ws|lnk|h1', TODAY)).toBe(true);
    // The same key on another day is another visitor-day.
    expect(known.has('ws|lnk|h1', TODAY - 1)).toBe(false);
  });

  it('keeps yesterday, drops older days as days turn, and never stores days before yesterday', () => {
    const known = new KnownVisitors();
    known.addAll([['a', TODAY - 1], ['b', TODAY], ['old', TODAY - 2]], NOW);
    expect([known.has('a', TODAY - 1), known.has('b', TODAY), known.has('old', TODAY - 2)]).toEqual([true, true, false]);
    known.addAll([['c', TODAY + 1]], NOW + DAY_MS);
    expect([known.has('a', TODAY - 1), known.has('b', TODAY), known.has('c', TODAY + 1)]).toEqual([false, true, true]);
  });

  it('starts over instead of growing past its cap (it is a cache: a forgotten key is asked of the database again)', () => {
    const known = new KnownVisitors();
    const keys = Array.from({ length: 500_001 }, (_, i): [string, number] => [`k${i}`, TODAY]);
    known.addAll(keys, NOW);
    expect(known.has('k0', TODAY)).toBe(false);
    expect(known.has('k500000', TODAY)).toBe(true);
  });
});
