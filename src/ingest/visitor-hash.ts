import { createHmac } from 'node:crypto';

/**
 * The unique-visitor key (DESIGN.md §5, after Plausible): HMAC-SHA256 keyed by the day's random
 * salt over IP, user agent and workspace, truncated to 128 bits. Without the salt — random,
 * rotated daily and deleted after a day — the hash cannot be linked back to an IP, and the same
 * person gets unrelated hashes on different days and in different workspaces.
 */
export function visitorHash(salt: Buffer, ip: string, userAgent: string, workspaceId: string): string {
  return createHmac('sha256', salt).update(ip).update('\n').update(userAgent).update('\n').update(workspaceId).digest('base64url').slice(0, 22);
}
