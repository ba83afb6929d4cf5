/**
 * Analytics date ranges: presets (last 24 hours, 7, 30, 90 days) or a custom span, plus the
 * bucket interval. Pure; `now` comes in so it is testable.
 */

export const PRESETS = [
  { id: '24h', label: '24 hours', ms: 24 * 3600_000 },
  { id: '7d', label: '7 days', ms: 7 * 86400_000 },
  { id: '30d', label: '30 days', ms: 30 * 86400_000 },
  { id: '90d', label: '90 days', ms: 90 * 86400_000 },
] as const;

export type PresetId = (typeof PRESETS)[number]['id'];
export type Interval = 'hour' | 'day';

export interface RangeChoice {
  preset: PresetId | 'custom';
  /** `datetime-local` values, used when preset is `custom`. */
  customFrom: string;
  customTo: string;
  /** `auto`: hours up to 2 days, days beyond. */
  interval: Interval | 'auto';
}

export interface ResolvedRange {
  from: string;
  to: string;
  interval: Interval;
  /** A problem with a custom range the person typed, shown instead of querying. */
  problem: string | null;
  /** A custom range with no start yet: nothing to query, and nothing wrong either (issue 22). */
  waiting?: true;
}

/** The API allows hourly buckets for ranges up to 31 days. */
export const MAX_HOURLY_MS = 31 * 86400_000;

export const DEFAULT_RANGE: RangeChoice = { preset: '30d', customFrom: '', customTo: '', interval: 'auto' };

export function resolveRange(choice: RangeChoice, now: number): ResolvedRange {
  let from: number;
  let to: number;
  let problem: string | null = null;
  if (choice.preset === 'custom') {
    if (!choice.customFrom) {
      // Nothing typed yet is not an error: the picker waits (it prefills the start when opened).
      return { from: new Date(now - 86400_000).toISOString(), to: new Date(now).toISOString(), interval: 'hour', problem: null, waiting: true };
    }
    from = Date.parse(choice.customFrom);
    to = choice.customTo ? Date.parse(choice.customTo) : now;
    if (Number.isNaN(from) || Number.isNaN(to)) {
      problem = 'Not a valid date and time.';
      from = now - 86400_000;
      to = now;
    } else if (from >= to) {
      problem = 'The start must be before the end.';
    }
  } else {
    const preset = PRESETS.find((p) => p.id === choice.preset) ?? PRESETS[2];
    to = now;
    from = now - preset.ms;
  }
  const span = to - from;
  let interval: Interval = choice.interval === 'auto' ? (span <= 2 * 86400_000 ? 'hour' : 'day') : choice.interval;
  if (interval === 'hour' && span > MAX_HOURLY_MS) {
    interval = 'day';
  }
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString(), interval, problem };
}

/**
 * Round `now` up to the next minute: re-renders within a minute ask for the same range (and hit
 * the same cache), and the range still ends after the newest click (`to` is exclusive).
 */
export function minuteNow(now: number): number {
  return Math.ceil((now + 1) / 60_000) * 60_000;
}
