import { LRUCache } from 'lru-cache';

/** Keys tracked at most: an attacker rotating addresses evicts the oldest buckets, not memory. */
const MAX_KEYS = 100_000;

/**
 * A token bucket per key: `limit` requests per `windowMs`, in bursts of up to `limit`. In memory
 * and per process: behind a load balancer each node enforces its own share (docs/security.md).
 * A limit of 0 disables it.
 *
 * @example const perKey = new RateLimiter(600, 60_000); if (perKey.take(key.id, now) > 0) throw …
 */
export class RateLimiter {
  private readonly buckets = new LRUCache<string, { tokens: number; at: number }>({ max: MAX_KEYS });
  private readonly limit: number;
  private readonly ratePerMs: number;

  constructor(limit: number, windowMs = 60_000) {
    this.limit = limit;
    this.ratePerMs = limit / windowMs;
  }

  /**
   * Spend `n` tokens (all or none): 0 when allowed, else the whole seconds to wait (at least 1).
   * More than `limit` at once is never allowed; the wait is then that of a full bucket.
   */
  take(key: string, now: number, n = 1): number {
    if (this.limit <= 0) return 0;
    const bucket = this.refill(key, now);
    if (bucket.tokens >= n) {
      bucket.tokens -= n;
      return 0;
    }
    return this.waitOf(bucket, Math.min(n, this.limit));
  }

  /** Without spending: 0 when a token is there, else the seconds until one is. */
  peek(key: string, now: number): number {
    if (this.limit <= 0) return 0;
    const bucket = this.buckets.get(key);
    if (!bucket) return 0;
    const tokens = Math.min(this.limit, bucket.tokens + (now - bucket.at) * this.ratePerMs);
    return tokens >= 1 ? 0 : this.waitOf({ tokens }, 1);
  }

  /** Forget a key (an owner cleared a lockout). */
  reset(key: string): void {
    this.buckets.delete(key);
  }

  private refill(key: string, now: number): { tokens: number; at: number } {
    const bucket = this.buckets.get(key) ?? { tokens: this.limit, at: now };
    bucket.tokens = Math.min(this.limit, bucket.tokens + Math.max(0, now - bucket.at) * this.ratePerMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    return bucket;
  }

  private waitOf(bucket: { tokens: number }, n: number): number {
    return Math.max(1, Math.ceil((n - bucket.tokens) / this.ratePerMs / 1000));
  }
}
