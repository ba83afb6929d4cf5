import { randomFillSync } from 'node:crypto';
import type { Clock, Random } from '../core/ports.js';

export const systemClock: Clock = { now: () => Date.now() };

/**
 * Cryptographic randomness drawn from a pooled buffer: every click needs 16 random bytes for its
 * id, and one `randomFillSync` per 4 KB is much cheaper than one `randomBytes` call per click.
 */
const POOL_SIZE = 4096;
const pool = Buffer.alloc(POOL_SIZE);
let offset = POOL_SIZE;

export const systemRandom: Random = {
  bytes(n) {
    if (n > POOL_SIZE) return randomFillSync(Buffer.alloc(n));
    if (offset + n > POOL_SIZE) {
      randomFillSync(pool);
      offset = 0;
    }
    // A copy: the pool is refilled in place, and callers may keep what they get.
    const out = Buffer.from(pool.subarray(offset, offset + n));
    offset += n;
    return out;
  },
};
