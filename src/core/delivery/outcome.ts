/**
 * What became of one delivery attempt (docs/delivery.md). Closed lists: metrics and the API label
 * by them, so only ever add to them.
 *
 * - `sent`: the receiver took it (2xx, and where the body says so, no error for this event).
 * - `retry`: the receiver could not take it now — `network` (no connection, reset, TLS),
 *   `timeout`, `rate_limited` (429 or the platform's throttling code), `server_error` (5xx or the
 *   platform's transient code). Tried again later with back-off.
 * - `rejected`: the receiver refused it and would refuse it again — `invalid` (a validation
 *   error), `auth` (credentials refused), `config` (the destination is not set up to take it,
 *   e.g. a missing account id). Dead-lettered with the receiver's message; never retried.
 * - `dropped`: not sent, counted — `too_old` (past the receiver's accepted age),
 *   `no_match_keys` (the receiver needs an identifier this event does not have, e.g. an address
 *   that did not survive a restart), `destination_gone` (the destination was deleted or turned off),
 *   `retries_exhausted` (kept failing until the longest a delivery is kept).
 */
export const RETRY_REASONS = ['network', 'timeout', 'rate_limited', 'server_error'] as const;
export type RetryReason = (typeof RETRY_REASONS)[number];

export const REJECT_REASONS = ['invalid', 'auth', 'config'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const DELIVERY_DROP_REASONS = ['too_old', 'no_match_keys', 'destination_gone', 'retries_exhausted'] as const;
export type DeliveryDropReason = (typeof DELIVERY_DROP_REASONS)[number];

export type DeliveryOutcome =
  | { outcome: 'sent' }
  | { outcome: 'retry'; reason: RetryReason; message: string; retryAfterMs?: number }
  | { outcome: 'rejected'; reason: RejectReason; message: string }
  | { outcome: 'dropped'; reason: DeliveryDropReason; message?: string };

/**
 * A receiver's verdict on a whole request: one outcome for every delivery in it, in order, or
 * `split` when it refused the batch as a whole for one bad item it does not name (Meta rejects a
 * whole batch for one invalid event): the engine then sends the halves separately until the bad
 * ones stand alone and are rejected by themselves.
 */
export type BatchVerdict = { outcomes: DeliveryOutcome[] } | { split: true; message: string };

export const sent = (): DeliveryOutcome => ({ outcome: 'sent' });
export const retry = (reason: RetryReason, message: string, retryAfterMs?: number): DeliveryOutcome =>
  retryAfterMs === undefined ? { outcome: 'retry', reason, message } : { outcome: 'retry', reason, message, retryAfterMs };
export const rejected = (reason: RejectReason, message: string): DeliveryOutcome => ({ outcome: 'rejected', reason, message });
export const dropped = (reason: DeliveryDropReason, message?: string): DeliveryOutcome =>
  message === undefined ? { outcome: 'dropped', reason } : { outcome: 'dropped', reason, message };

/** The same outcome for each of `n` deliveries. */
export function all(n: number, outcome: DeliveryOutcome): BatchVerdict {
  return { outcomes: Array.from({ length: n }, () => outcome) };
}

/**
 * The common HTTP classification, for answers a platform does not explain in its body: 2xx sent;
 * 429 rate limited; 5xx server error; 401/403 auth; other 4xx invalid. `Retry-After` (seconds) is
 * honoured.
 */
export function byStatus(status: number, n: number, message: string, retryAfter?: string | null): BatchVerdict {
  if (status >= 200 && status < 300) return all(n, sent());
  const after = retryAfterMs(retryAfter);
  if (status === 429) return all(n, retry('rate_limited', message, after));
  if (status >= 500) return all(n, retry('server_error', message, after));
  if (status === 401 || status === 403) return all(n, rejected('auth', message));
  if (status === 408) return all(n, retry('timeout', message, after));
  return all(n, rejected('invalid', message));
}

/** `Retry-After` in seconds (the HTTP-date form is rare from APIs and is ignored). */
export function retryAfterMs(header: string | null | undefined): number | undefined {
  if (!header || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim()) * 1000;
}
