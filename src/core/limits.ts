/**
 * Limits on every collection a client can send (docs/api.md#limits), so that no input makes a
 * page, a row or a response unbounded. The API schemas enforce them (and so show them in the
 * OpenAPI document); the redirect path applies the ones about what it renders or forwards to
 * links stored before a limit existed.
 */
export const LIMITS = {
  /** Audience event params per link, and their total size (keys + values, UTF-8). */
  eventParams: 20,
  eventParamsBytes: 4096,
  /** Routing rules per link. */
  rules: 50,
  /** Pixels per link. */
  pixelsPerLink: 50,
  /** Tags per link (each at most 50 characters). */
  tags: 50,
  /** Incoming query parameters forwarded to a destination (ad click ids first). */
  forwardedParams: 100,
  /** Links per bulk create or update, ids per bulk delete. */
  bulkLinks: 1000,
  bulkDelete: 100,
} as const;

/** The first `LIMITS.eventParams` params within `LIMITS.eventParamsBytes` (for rendering links stored before the limit). */
export function boundedEventParams(params: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  let bytes = 0;
  let n = 0;
  for (const [key, value] of Object.entries(params)) {
    bytes += key.length + value.length;
    if (n === LIMITS.eventParams || bytes > LIMITS.eventParamsBytes) break;
    out[key] = value;
    n++;
  }
  return out;
}

export function eventParamsBytes(params: Record<string, string>): number {
  let bytes = 0;
  for (const [key, value] of Object.entries(params)) bytes += new TextEncoder().encode(key).length + new TextEncoder().encode(value).length;
  return bytes;
}
