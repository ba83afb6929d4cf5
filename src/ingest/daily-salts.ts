import { randomBytes } from 'node:crypto';
import { dayOf, DAY_MS } from '../core/clicks/click.js';
import type { Clock } from '../core/ports.js';
import type { SaltStore } from '../storage/salt-store.js';

/**
 * Random daily salts for visitor hashes: one per UTC day, stored so every node (and a restart)
 * hashes a visitor the same way that day, kept one day back (a click from 23:59 flushed at
 * 00:00 still finds its salt), then deleted — after which yesterday's hashes can no longer be
 * recomputed from anyone's IP.
 */
export class DailySalts {
  private readonly salts = new Map<number, Buffer>();
  private readonly store: SaltStore;
  private readonly clock: Clock;

  constructor(store: SaltStore, clock: Clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Ensure today's salt exists (first node to ask creates it), load today and yesterday, prune older. */
  async rotate(): Promise<void> {
    const today = dayOf(this.clock.now());
    // Offer the salt `forTime` already hashed today's first clicks with (the day may have turned
    // before this ran), so those and later clicks of the same visitor hash alike.
    const candidate = this.salts.get(today) ?? randomBytes(32);
    const salt = await this.store.getOrCreate(today, candidate.toString('base64'), this.clock.now());
    this.salts.set(today, Buffer.from(salt, 'base64'));
    const yesterday = await this.store.get(today - 1);
    if (yesterday) this.salts.set(today - 1, Buffer.from(yesterday, 'base64'));
    for (const day of this.salts.keys()) if (day < today - 1) this.salts.delete(day);
    await this.store.deleteBefore(today - 1);
  }

  /**
   * The salt for the day of `at`. If the day turned before `rotate` ran (or the database was
   * unreachable then), a salt is made in memory so clicks still hash; `rotate` replaces it.
   */
  forTime(at: number): Buffer {
    const day = dayOf(at);
    let salt = this.salts.get(day);
    if (!salt) {
      salt = randomBytes(32);
      this.salts.set(day, salt);
    }
    return salt;
  }

  /** Milliseconds until the next UTC midnight (plus a second), when `rotate` should run. */
  msUntilRotation(): number {
    const now = this.clock.now();
    return DAY_MS - (now % DAY_MS) + 1000;
  }
}
