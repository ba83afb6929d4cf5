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
