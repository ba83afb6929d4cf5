import { createHash } from 'node:crypto';
import { API_KEY_PREFIX } from '../../core/api-key.js';
import type { Random } from '../../core/ports.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A new secret: `rk_` + 40 base62 characters drawn without modulo bias. */
export function newKeySecret(random: Random): string {
  let out = API_KEY_PREFIX;
  while (out.length < API_KEY_PREFIX.length + 40) {
    for (const b of random.bytes(64)) {
      if (b >= 248) continue; // 248 = 4 × 62
      out += BASE62[b % 62];
      if (out.length === API_KEY_PREFIX.length + 40) break;
    }
  }
  return out;
}

/**
 * Keys are stored as SHA-256: they are long random secrets, so a slow password hash adds
 * nothing, and a fast one keeps authentication a single indexed lookup.
 */
export function hashKeySecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** What the list shows to tell keys apart, never enough to use one. */
export function keyDisplayPrefix(secret: string): string {
  return secret.slice(0, API_KEY_PREFIX.length + 4);
}
