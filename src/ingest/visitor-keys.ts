import { hash as sha256, randomBytes } from 'node:crypto';
import { generationExpired, generationsOfDay } from '../core/clicks/salt-generations.js';
import type { SaltStore } from '../storage/salt-store.js';
import { siphash24 } from './siphash.js';

/**
 * The keyed hash that feeds the visitor sketches (docs/analytics.md, "Unique visitors"): the
 * visitor is v = SHA-256(address ‖ user agent ‖ workspace), and their hash in a generation is
 * SipHash-2-4(that generation's random key, v), 64 bits. v and the hash exist only in memory,
 * long enough to set a register; the keys are stored (every node and a restart must hash a
 * visitor alike) and deleted a day after their generation's last day, after which the sketches
 * cannot be linked to anyone.
 *
 * Runs on the click writer thread.
 */
export class VisitorKeys {
  private readonly keys = new Map<number, Buffer>();
  private readonly store: SaltStore;
  /** Generations given a key in memory (the database was unreachable): offered to the store later. */
  private readonly unsaved = new Map<number, Buffer>();

  constructor(store: SaltStore) {
    this.store = store;
  }

  /** Load (or create) the keys of the days' generations; delete expired ones as of `today`. */
  async prepare(days: Iterable<number>, today: number): Promise<void> {
    const wanted = new Set<number>();
    for (const day of days) for (const g of generationsOfDay(day)) wanted.add(g);
    for (const g of generationsOfDay(today)) wanted.add(g);
    for (const g of this.unsaved.keys()) wanted.add(g);
    for (const generation of wanted) {
      if (this.keys.has(generation) && !this.unsaved.has(generation)) continue;
      const offered = this.unsaved.get(generation) ?? randomBytes(32);
      const salt = await this.store.getOrCreate(generation, offered.toString('base64'), Date.now());
      this.keys.set(generation, Buffer.from(salt, 'base64'));
      this.unsaved.delete(generation);
    }
    for (const generation of await this.store.generations()) {
      if (generationExpired(generation, today)) {
        await this.store.delete(generation);
        this.keys.delete(generation);
      }
    }
  }

  /** The visitor, unkeyed (memory only): what `hash` keys per generation. */
  visitor(address: string, userAgent: string, workspaceId: string): Buffer {
    return sha256('sha256', `${address}\n${userAgent}\n${workspaceId}`, 'buffer');
  }

  /**
   * The visitor's 64-bit hash in `generation`, as [high, low] unsigned 32-bit halves. A key not
   * loaded yet (the database was away when its day began) is made in memory and offered to the
   * store at the next `prepare`; if another node's key wins there, the few visitors hashed
   * meanwhile count once more.
   */
  hash(generation: number, visitor: Uint8Array): [number, number] {
    let key = this.keys.get(generation);
    if (!key) {
      key = randomBytes(32);
      this.unsaved.set(generation, key);
      this.keys.set(generation, key);
    }
    return siphash24(key, visitor);
  }
}
