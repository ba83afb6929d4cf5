import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { localMidnight, rangeInstants, resolveRange } from './stats-range.js';

const NOW = Date.parse('2026-12-04T10:30:00.000Z');
const DAY = 86_400_000;
const UTC = { timeZone: 'UTC', since: Date.parse('2026-01-01T00:00:00Z') };

describe('relative ranges', () => {
  it('`7d` and `24h` end now', () => {
    expect(rangeInstants(NOW, { range: '7d' }, UTC)).toEqual({ from: new Date(NOW - 7 * DAY).toISOString(), to: new Date(NOW).toISOString() });
    expect(rangeInstants(NOW, { range: '24h' }, UTC)).toEqual({ from: new Date(NOW - DAY).toISOString(), to: new Date(NOW).toISOString() });
  });

  it('`all` starts when the link or workspace was created, at most 400 days back', () => {
    expect(rangeInstants(NOW, { range: 'all' }, UTC).from).toBe('2026-01-01T00:00:00.000Z');
    expect(rangeInstants(NOW, { range: 'all' }, { timeZone: 'UTC', since: 0 }).from).toBe(new Date(NOW - 400 * DAY).toISOString());
    const { from, to } = rangeInstants(NOW, { range: 'all' }, { timeZone: 'UTC', since: 0 });
    expect(resolveRange(NOW, { from, to, interval: 'day' }).from).toBe(NOW - 400 * DAY);
  });

  it('refuses a range combined with from/to, and a range beyond 400 days when resolved', () => {
    expect(() => rangeInstants(NOW, { range: '7d', from: '2026-12-01' }, UTC)).toThrow(AppError);
    const long = rangeInstants(NOW, { range: '401d' }, UTC);
    expect(() => resolveRange(NOW, { ...long, interval: 'day' })).toThrow(/400 days/);
  });
});

describe('date-only bounds', () => {
  it('cover whole days in the workspace time zone', () => {
    expect(rangeInstants(NOW, { from: '2026-12-01', to: '2026-12-03' }, UTC)).toEqual({ from: '2026-12-01T00:00:00.000Z', to: '2026-12-04T00:00:00.000Z' });
    expect(rangeInstants(NOW, { from: '2026-12-01' }, { timeZone: 'Europe/Berlin', since: 0 })).toEqual({ from: '2026-11-30T23:00:00.000Z' });
    expect(rangeInstants(NOW, { to: '2026-12-31' }, { timeZone: 'America/New_York', since: 0 })).toEqual({ to: '2027-01-01T05:00:00.000Z' });
  });

  it('leave instants as they are', () => {
    expect(rangeInstants(NOW, { from: '2026-12-01T12:00:00+02:00' }, UTC)).toEqual({ from: '2026-12-01T12:00:00+02:00' });
  });
});

describe('localMidnight', () => {
  it('finds the start of a local day across DST changes and odd offsets', () => {
    expect(new Date(localMidnight('2026-03-29', 'Europe/Berlin')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(new Date(localMidnight('2026-03-30', 'Europe/Berlin')).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(new Date(localMidnight('2026-11-01', 'America/New_York')).toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(new Date(localMidnight('2026-06-15', 'Asia/Kolkata')).toISOString()).toBe('2026-06-14T18:30:00.000Z');
    expect(new Date(localMidnight('2026-06-15', 'Pacific/Kiritimati')).toISOString()).toBe('2026-06-14T10:00:00.000Z');
  });

  it('takes the first existing minute when midnight is skipped (Santiago springs forward at 00:00)', () => {
    expect(new Date(localMidnight('2026-09-06', 'America/Santiago')).toISOString()).toBe('2026-09-06T04:00:00.000Z');
  });
});
