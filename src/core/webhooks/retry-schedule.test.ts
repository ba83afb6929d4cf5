import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_SCHEDULE, MAX_RETRY_AFTER_MS, parseSchedule, retryDelay, scheduleSpan } from './retry-schedule.js';

describe('the webhook retry schedule (issue 21)', () => {
  const schedule = parseSchedule(DEFAULT_RETRY_SCHEDULE);

  it('is Standard Webhooks’ example: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h — about three days', () => {
    expect(schedule).toEqual([5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 50_400_000, 72_000_000, 86_400_000]);
    expect(scheduleSpan(schedule) / 3_600_000).toBeCloseTo(75.6, 1);
  });

  it('jitters each delay by ±20 %', () => {
    expect(retryDelay({ schedule, failures: 2, random: 0 })).toBe(240_000);
    expect(retryDelay({ schedule, failures: 2, random: 0.5 })).toBe(300_000);
    expect(retryDelay({ schedule, failures: 2, random: 0.999999 })).toBe(360_000);
  });

  it('honours Retry-After as a floor, up to a day', () => {
    expect(retryDelay({ schedule, failures: 1, random: 0.5, retryAfterMs: 60_000 })).toBe(60_000);
    expect(retryDelay({ schedule, failures: 3, random: 0.5, retryAfterMs: 60_000 })).toBe(1_800_000);
    expect(retryDelay({ schedule, failures: 1, random: 0.5, retryAfterMs: 7 * 86_400_000 })).toBe(MAX_RETRY_AFTER_MS);
  });

  it('ends: after the last delay there is none', () => {
    expect(retryDelay({ schedule, failures: 9, random: 0.5 })).toBe(86_400_000);
    expect(retryDelay({ schedule, failures: 10, random: 0.5 })).toBeNull();
  });

  it('reads units and refuses what is not a duration', () => {
    expect(parseSchedule('250ms, 1s,2m,1h,1d')).toEqual([250, 1000, 120_000, 3_600_000, 86_400_000]);
    expect(() => parseSchedule('5s,soon')).toThrow(/"soon" is not a duration/);
    expect(() => parseSchedule('')).toThrow();
  });
});
