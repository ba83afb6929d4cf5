import { dayOf } from '../core/clicks/click.js';

/** Keys remembered before the set is dropped and rebuilt: ~100 bytes each, so ~50 MB at most. */
const MAX_KEYS = 500_000;

/**
 * Visitor-day rows (`daily_visitors`) this process knows are in the database because one of its
 * committed batches wrote or met them. A repeat visitor then costs a set lookup instead of an
 * INSERT … ON CONFLICT. It is only a cache: a key missing here is inserted and the database's
 * conflict decides (another node may have written it), so forgetting (the cap, a restart) only
 * costs speed. Keys of days before yesterday are dropped as days turn.
 */
export class KnownVisitors {
  private readonly days = new Map<number, Set<string>>();
  private size = 0;

  has(key: string, day: number): boolean {
    return this.days.get(day)?.has(key) ?? false;
  }

  /** Remember keys once their transaction has committed. */
  addAll(keys: Iterable<[key: string, day: number]>, now: number): void {
    const oldest = dayOf(now) - 1;
    for (const day of this.days.keys()) {
      if (day < oldest) {
        this.size -= (this.days.get(day) as Set<string>).size;
        this.days.delete(day);
      }
    }
    for (const [key, day] of keys) {
      if (day < oldest) continue;
      if (this.size >= MAX_KEYS) {
        this.days.clear();
        this.size = 0;
      }
      let set = this.days.get(day);
      if (!set) {
        set = new Set();
        this.days.set(day, set);
      }
      if (!set.has(key)) {
        set.add(key);
        this.size++;
      }
    }
  }
}
