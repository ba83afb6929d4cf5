/**
 * When a failed webhook delivery is tried again (docs/webhooks.md "Retries"): Standard Webhooks'
 * example schedule — 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h after each failure, about
 * three days in all — with ±20 % jitter so deliveries that failed together do not come back
 * together. A receiver's `Retry-After` is honoured as a floor (up to a day). When the schedule
 * runs out the delivery is given up (the delivery log keeps it for a manual redelivery).
 *
 * Pure: the random draw (0 ≤ r < 1) comes in as an argument.
 */
export const DEFAULT_RETRY_SCHEDULE = '5s,5m,30m,2h,5h,10h,14h,20h,24h';

/** The most a `Retry-After` can push a retry back. */
export const MAX_RETRY_AFTER_MS = 86_400_000;

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * `5s,5m,30m,2h` → milliseconds. Throws on a bad entry (the config reports it).
 * @example parseSchedule('5s,5m') // [5000, 300000]
 */
export function parseSchedule(text: string): number[] {
  return text.split(',').map((part) => {
    const match = /^\s*(\d+)(ms|s|m|h|d)\s*$/.exec(part);
    if (!match) throw new Error(`"${part.trim()}" is not a duration like 5s, 30m or 2h`);
    return Number(match[1]) * (UNIT_MS[match[2] as string] as number);
  });
}

/**
 * The delay before the next attempt after `failures` failed ones, or null when the schedule is
 * exhausted.
 * @example retryDelay({ schedule: [5000, 300000], failures: 1, random: 0.5 }) // 5000
 */
export function retryDelay(input: { schedule: readonly number[]; failures: number; random: number; retryAfterMs?: number | undefined }): number | null {
  const base = input.schedule[input.failures - 1];
  if (base === undefined) return null;
  const jittered = Math.round(base * (0.8 + 0.4 * input.random));
  return Math.max(jittered, Math.min(input.retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
}

/** The whole schedule, without jitter: how long a delivery is tried before it is given up. */
export function scheduleSpan(schedule: readonly number[]): number {
  return schedule.reduce((a, b) => a + b, 0);
}
