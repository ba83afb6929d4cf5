/**
 * A circuit breaker per destination (docs/delivery.md): after `threshold` failed batches in a
 * row the destination is left alone for a cool-down, so a platform that is down costs one probe
 * per cool-down instead of a request per waiting delivery, and its deliveries keep their retry
 * budget. When the cool-down ends one batch goes through as a probe ("half open"): success closes
 * the breaker, failure opens it again for twice as long (up to `maxCooldownMs`).
 *
 * Pure state and transitions; the time comes in as an argument.
 * @example
 * const b = new CircuitBreaker({ threshold: 5, cooldownMs: 10_000, maxCooldownMs: 300_000 });
 * if (b.allows(now)) { b.started(now); … b.succeeded(); } // or b.failed(now)
 */
export const BREAKER_STATES = ['closed', 'open', 'half_open'] as const;
export type BreakerState = (typeof BREAKER_STATES)[number];

export interface BreakerOptions {
  threshold: number;
  cooldownMs: number;
  maxCooldownMs: number;
}

export class CircuitBreaker {
  private readonly options: BreakerOptions;
  private failures = 0;
  private openUntil = 0;
  private cooldown: number;
  private probing = false;
  private opened = false;

  constructor(options: BreakerOptions) {
    this.options = options;
    this.cooldown = options.cooldownMs;
  }

  state(now: number): BreakerState {
    if (!this.opened) return 'closed';
    return now < this.openUntil ? 'open' : 'half_open';
  }

  /** Whether a batch may start now (in half-open state, only the one probe). */
  allows(now: number): boolean {
    const state = this.state(now);
    return state === 'closed' || (state === 'half_open' && !this.probing);
  }

  /** A batch starts (call only when `allows` said yes). */
  started(now: number): void {
    if (this.state(now) === 'half_open') this.probing = true;
  }

  /** The receiver answered (any answer that is not a failure of the receiver itself). */
  succeeded(): void {
    this.failures = 0;
    this.opened = false;
    this.probing = false;
    this.cooldown = this.options.cooldownMs;
  }

  /** The receiver failed (network error, timeout, 429, 5xx). */
  failed(now: number): void {
    if (this.opened) {
      // The probe failed: open again, for longer.
      this.probing = false;
      this.cooldown = Math.min(this.options.maxCooldownMs, this.cooldown * 2);
      this.openUntil = now + this.cooldown;
      return;
    }
    this.failures++;
    if (this.failures >= this.options.threshold) {
      this.opened = true;
      this.openUntil = now + this.cooldown;
    }
  }

  /** When the breaker lets a probe through, for scheduling (0 when closed). */
  reopensAt(): number {
    return this.opened ? this.openUntil : 0;
  }
}
