import { AppError } from '../../core/errors.js';
import { DAY_MS } from '../../core/clicks/click.js';

export const DEFAULT_RANGE_DAYS = 30;
export const MAX_RANGE_DAYS = 400;
export const MAX_HOURLY_DAYS = 31;

export interface StatsRange {
  from: number;
  to: number;
  interval: 'hour' | 'day';
}

/** Defaults (last 30 days up to now) and bounds, checked before any query runs. */
export function resolveRange(now: number, query: { from?: string | undefined; to?: string | undefined; interval: 'hour' | 'day' }): StatsRange {
  const to = query.to ? Date.parse(query.to) : now;
  const from = query.from ? Date.parse(query.from) : to - DEFAULT_RANGE_DAYS * DAY_MS;
  if (!(from < to)) throw new AppError('INVALID_QUERY', '`from` must be before `to`.', { field: 'from' });
  if (to - from > MAX_RANGE_DAYS * DAY_MS) throw new AppError('INVALID_QUERY', `A range covers at most ${MAX_RANGE_DAYS} days.`, { field: 'from' });
  if (query.interval === 'hour' && to - from > MAX_HOURLY_DAYS * DAY_MS) {
    throw new AppError('INVALID_QUERY', `Hourly series cover at most ${MAX_HOURLY_DAYS} days; use interval=day.`, { field: 'interval' });
  }
  return { from, to, interval: query.interval };
}

/** What a client may say about a range: relative (`range`), or `from`/`to` as dates or instants. */
export interface RangeParams {
  range?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HOUR_MS = 3_600_000;

/**
 * Turn a relative range (`24h`, `7d`, `all`) or date-only bounds into the instants
 * `resolveRange` takes. A date means a whole day in the workspace's time zone: `from=2026-12-01`
 * starts at its local midnight, `to=2026-12-31` ends at the next one. `all` starts when the link
 * (or workspace) was created, `since`, and covers at most MAX_RANGE_DAYS back from now.
 * @example rangeInstants(now, { range: '7d' }, { timeZone: 'UTC', since }) // { from: now - 7 days, to: now }
 */
export function rangeInstants(now: number, params: RangeParams, place: { timeZone: string; since: number }): { from?: string; to?: string } {
  const iso = (ms: number) => new Date(ms).toISOString();
  if (params.range !== undefined) {
    if (params.from !== undefined || params.to !== undefined) {
      throw new AppError('INVALID_QUERY', 'Give either `range` or `from`/`to`, not both.', { field: 'range' });
    }
    if (params.range === 'all') return { from: iso(Math.max(place.since, now - MAX_RANGE_DAYS * DAY_MS)), to: iso(now) };
    const match = /^(\d+)([hd])$/.exec(params.range);
    if (!match) throw new AppError('INVALID_QUERY', 'Use a number of hours or days (`24h`, `7d`) or `all`.', { field: 'range' });
    const span = Number(match[1]) * (match[2] === 'h' ? HOUR_MS : DAY_MS);
    return { from: iso(now - span), to: iso(now) };
  }
  const out: { from?: string; to?: string } = {};
  if (params.from !== undefined) out.from = DATE_ONLY.test(params.from) ? iso(localMidnight(params.from, place.timeZone)) : params.from;
  if (params.to !== undefined) out.to = DATE_ONLY.test(params.to) ? iso(localMidnight(nextDate(params.to), place.timeZone)) : params.to;
  return out;
}

function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** How far the zone's wall clock is ahead of UTC at `at` (ms). */
function zoneOffset(at: number, timeZone: string): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    offsetFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(at / 1000) * 1000;
}

/** The instant a local date starts in a time zone (its first existing minute on a DST day). */
export function localMidnight(date: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d);
  // The offset at the guess may be the other side of a DST change: try both offsets. Where
  // midnight does not exist (clocks jump from 00:00 to 01:00), the later candidate is the jump.
  const first = wall - zoneOffset(wall, timeZone);
  const candidates = [first, wall - zoneOffset(first, timeZone)];
  const exact = candidates.filter((t) => t + zoneOffset(t, timeZone) === wall);
  return exact.length > 0 ? Math.min(...exact) : Math.max(...candidates);
}
