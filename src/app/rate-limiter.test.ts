import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter', () => {
  it('allows a burst of `limit`, then says how long to wait, and refills over the window', () => {
    const limiter = new RateLimiter(3, 60_000);
    expect([limiter.take('a', 0), limiter.take('a', 0), limiter.take('a', 0)]).toEqual([0, 0, 0]);
    expect(limiter.take('a', 0)).toBe(20);
    expect(limiter.peek('a', 0)).toBe(20);
    expect(limiter.take('b', 0)).toBe(0);
    expect(limiter.peek('a', 20_000)).toBe(0);
    expect(limiter.take('a', 20_000)).toBe(0);
    expect(limiter.take('a', 20_000)).toBeGreaterThan(0);
  });

  it('peek spends nothing, reset forgets, 0 disables', () => {
    const limiter = new RateLimiter(1, 1000);
    expect(limiter.peek('k', 0)).toBe(0);
    expect(limiter.take('k', 0)).toBe(0);
    expect(limiter.take('k', 0)).toBe(1);
    limiter.reset('k');
    expect(limiter.take('k', 0)).toBe(0);
    const off = new RateLimiter(0);
    for (let i = 0; i < 100; i++) expect(off.take('k', 0)).toBe(0);
  });
});
