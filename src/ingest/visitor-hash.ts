import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';

/** The last salt's key object: building one per click costs more than the hash. */
let lastSalt: Buffer | null = null;
let lastKey: KeyObject | null = null;

/**
 * The unique-visitor key (docs/analytics.md, after Plausible): HMAC-SHA256 keyed by the day's random
 * salt over IP, user agent and workspace, truncated to 128 bits. Without the salt — random,
 * rotated daily and deleted after a day — the hash cannot be linked back to an IP, and the same
 * person gets unrelated hashes on different days and in different workspaces.
 */
export function visitorHash(salt: Buffer, ip: string, userAgent: string, workspaceId: string): string {
  if (salt !== lastSalt) {
    lastSalt = salt;
    lastKey = createSecretKey(salt);
  }
  return createHmac('sha256', lastKey as KeyObject).update(`${ip}\n${userAgent}\n${workspaceId}`).digest('base64url').slice(0, 22);
}
