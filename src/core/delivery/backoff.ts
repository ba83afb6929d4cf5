/**
 * When a failed delivery is tried again: exponential back-off with jitter (docs/delivery.md).
 * `attempt` counts the failures so far (1 after the first). The delay doubles from `baseMs` up to
 * `capMs`, and a random share of it (half to all) is taken, so that deliveries that failed together
 * do not come back together ("equal jitter"). A receiver's `Retry-After` is a floor.
 *
 * Pure: the random draw (0 ≤ r < 1) comes in as an argument.
 * @example retryDelayMs({ attempt: 3, baseMs: 1000, capMs: 300_000, random: 0.5 }) // 3000
 */
export function retryDelayMs(input: { attempt: number; baseMs: number; capMs: number; random: number; retryAfterMs?: number }): number {
  const exp = Math.min(input.capMs, input.baseMs * 2 ** Math.max(0, input.attempt - 1));
  const jittered = Math.round(exp / 2 + (exp / 2) * input.random);
  return Math.max(jittered, Math.min(input.retryAfterMs ?? 0, input.capMs));
}

/** A draw in [0, 1) from random bytes (the Random port gives bytes). */
export function unitFromBytes(bytes: Uint8Array): number {
  return (((bytes[0] ?? 0) << 16) | ((bytes[1] ?? 0) << 8) | (bytes[2] ?? 0)) / 0x1000000;
}
