import { describe, expect, it } from 'vitest';
import { DEFAULT_RANGE, minuteNow, resolveRange } from '../../web/dashboard/lib/date-range.js';

const NOW = Date.parse('2026-06-15T12:00:00Z');

describe('dashboard date ranges', () => {
  it('presets end now; automatic interval is hourly up to two days, daily beyond', () => {
    expect(resolveRange({ ...DEFAULT_RANGE, preset: '24h' }, NOW)).toEqual({ from: '2026-06-14T12:00:00.000Z', to: '2026-06-15T12:00:00.000Z', interval: 'hour', problem: null });
    expect(resolveRange({ ...DEFAULT_RANGE, preset: '7d' }, NOW).interval).toBe('day');
  });

  it('never asks for hourly buckets over more than 31 days (the API refuses)', () => {
    expect(resolveRange({ ...DEFAULT_RANGE, preset: '90d', interval: 'hour' }, NOW).interval).toBe('day');
    expect(resolveRange({ ...DEFAULT_RANGE, preset: '30d', interval: 'hour' }, NOW).interval).toBe('hour');
  });

  it('issue 22: an empty custom range waits without an error; a typed one must be valid and ordered', () => {
    expect(resolveRange({ ...DEFAULT_RANGE, preset: 'custom' }, NOW)).toMatchObject({ problem: null, waiting: true });
    expect(resolveRange({ preset: 'custom', customFrom: 'garbage', customTo: '', interval: 'auto' }, NOW).problem).toBe('Not a valid date and time.');
    expect(resolveRange({ preset: 'custom', customFrom: '2026-06-10T00:00', customTo: '2026-06-01T00:00', interval: 'auto' }, NOW).problem).toBe(
      'The start must be before the end.',
    );
    const ok = resolveRange({ preset: 'custom', customFrom: '2026-06-01T00:00', customTo: '', interval: 'auto' }, NOW);
    expect(ok.problem).toBeNull();
    expect(ok.to).toBe(new Date(NOW).toISOString());
  });
});

describe('dashboard "now"', () => {
  it('rounds up to the next minute so a range always includes the newest click', () => {
    expect(minuteNow(Date.parse('2026-06-15T12:00:30Z'))).toBe(Date.parse('2026-06-15T12:01:00Z'));
    expect(minuteNow(Date.parse('2026-06-15T12:00:00Z'))).toBe(Date.parse('2026-06-15T12:01:00Z'));
  });
});
