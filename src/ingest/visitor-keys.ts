import { createHmac, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { generationExpired, generationsOfDay } from '../core/clicks/salt-generations.js';
import type { SaltStore } from '../storage/salt-store.js';

/**
 * The keyed hash that feeds the visitor sketches (docs/analytics.md, "Unique visitors"):
 * HMAC-SHA256 over address, user agent and workspace, keyed by the random key of a generation,
 * first 64 bits. The hash exists only in memory, long enough to set a register; the keys are
 * stored (every node and a restart must hash a visitor alike) and deleted a day after their
 * generation's last day, after which the sketches cannot be linked to anyone.
 *
 * Runs on the click writer thread.
 */
export class VisitorKeys {
  private readonly keys = new Map<number, KeyObject>();
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
      this.keys.set(generation, createSecretKey(Buffer.from(salt, 'base64')));
      this.unsaved.delete(generation);
    }
    for (const generation of await this.store.generations()) {
      if (generationExpired(generation, today)) {
        await this.store.delete(generation);
        this.keys.delete(generation);
      }
    }
  }

  /**
   * The visitor's 64-bit hash in `generation`, as [high, low] unsigned 32-bit halves. A key not
   * loaded yet (the database was away when its day began) is made in memory and offered to the
   * store at the next `prepare`; if another node's key wins there, the few visitors hashed
   * meanwhile count once more.
   */
  hash(generation: number, address: string, userAgent: string, workspaceId: string): [number, number] {
    let key = this.keys.get(generation);
    if (!key) {
      const secret = randomBytes(32);
      this.unsaved.set(generation, secret);
      key = createSecretKey(secret);
      this.keys.set(generation, key);
    }
    const digest = createHmac('sha256', key).update(`${address}\n${userAgent}\n${workspaceId}`).digest();
    return [digest.readUInt32BE(0), digest.readUInt32BE(4)];
  }
}
