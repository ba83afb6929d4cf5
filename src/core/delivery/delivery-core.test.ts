import { describe, expect, it } from 'vitest';
import { retryDelayMs, unitFromBytes } from './backoff.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { byStatus, retryAfterMs } from './outcome.js';

describe('retry back-off', () => {
  it.each([
    [1, 0, 500],
    [1, 0.999, 1000],
    [2, 0, 1000],
    [3, 0.5, 3000],
    [10, 0, 60_000],
    [10, 0.999, 119_940],
    [40, 0.5, 90_000],
  ])('attempt %i with draw %d waits %i ms (doubling from 1 s, capped at 120 s, half to all of it)', (attempt, random, expected) => {
    expect(retryDelayMs({ attempt, baseMs: 1000, capMs: 120_000, random })).toBe(expected);
  });

  it('waits at least what Retry-After says, but never beyond the cap', () => {
    expect(retryDelayMs({ attempt: 1, baseMs: 1000, capMs: 120_000, random: 0, retryAfterMs: 30_000 })).toBe(30_000);
    expect(retryDelayMs({ attempt: 1, baseMs: 1000, capMs: 120_000, random: 0, retryAfterMs: 86_400_000 })).toBe(120_000);
  });

  it('draws uniformly from bytes', () => {
    expect(unitFromBytes(new Uint8Array([0, 0, 0]))).toBe(0);
    expect(unitFromBytes(new Uint8Array([255, 255, 255]))).toBeLessThan(1);
    expect(unitFromBytes(new Uint8Array([128, 0, 0]))).toBe(0.5);
  });
});

describe('circuit breaker', () => {
  const options = { threshold: 3, cooldownMs: 10_000, maxCooldownMs: 40_000 };

  it('opens after the threshold of failures in a row, lets one probe through after the cool-down, closes on success', () => {
    const b = new CircuitBreaker(options);
    b.failed(0);
    b.failed(1);
    expect(b.state(2)).toBe('closed');
    b.failed(2);
    expect(b.state(3)).toBe('open');
    expect(b.allows(9_999)).toBe(false);
    expect(b.state(10_002)).toBe('half_open');
    expect(b.allows(10_002)).toBe(true);
    b.started(10_002);
    expect(b.allows(10_003)).toBe(false); // one probe at a time
    b.succeeded();
    expect(b.state(10_004)).toBe('closed');
    expect(b.allows(10_004)).toBe(true);
  });

  it('a failed probe opens it again for twice as long, up to the maximum', () => {
    const b = new CircuitBreaker(options);
    for (let i = 0; i < 3; i++) b.failed(0);
    b.started(10_000);
    b.failed(10_000);
    expect(b.reopensAt()).toBe(30_000);
    b.started(30_000);
    b.failed(30_000);
    expect(b.reopensAt()).toBe(70_000);
    b.started(70_000);
    b.failed(70_000);
    expect(b.reopensAt()).toBe(110_000); // capped at 40 s
  });

  it('a success resets the count of failures', () => {
    const b = new CircuitBreaker(options);
    b.failed(0);
    b.failed(0);
    b.succeeded();
    b.failed(0);
    b.failed(0);
    expect(b.state(1)).toBe('closed');
  });
});

describe('classifying by status', () => {
  it.each([
    [200, 'sent', undefined],
    [204, 'sent', undefined],
    [429, 'retry', 'rate_limited'],
    [500, 'retry', 'server_error'],
    [503, 'retry', 'server_error'],
    [408, 'retry', 'timeout'],
    [401, 'rejected', 'auth'],
    [403, 'rejected', 'auth'],
    [400, 'rejected', 'invalid'],
    [422, 'rejected', 'invalid'],
  ])('%i → %s %s', (status, outcome, reason) => {
    const verdict = byStatus(status, 2, 'm');
    expect('outcomes' in verdict && verdict.outcomes).toEqual([0, 1].map(() => expect.objectContaining({ outcome, ...(reason ? { reason } : {}) })));
  });

  it('reads Retry-After in seconds and ignores dates', () => {
    expect(retryAfterMs('7')).toBe(7000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:00 GMT')).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });
});
