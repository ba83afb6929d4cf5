import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import type { ChangeFeed } from '../../storage/change-feed.js';
import type { LockoutStore, PasswordLockout } from '../../storage/lockout-store.js';
import { RateLimiter } from '../rate-limiter.js';

/** Wrong passwords are counted over this window (per client and per link). */
export const PASSWORD_WINDOW_MS = 15 * 60_000;

export interface PasswordGuardOptions {
  /** Wrong passwords per client address per window (PASSWORD_CLIENT_ATTEMPTS). */
  perClient: number;
  /** Wrong passwords per link per window before the link locks (PASSWORD_LINK_ATTEMPTS). */
  perLink: number;
  /** How long a lock lasts (PASSWORD_LOCKOUT_MINUTES). */
  lockoutMs: number;
}

/**
 * Attempt limits for link passwords (docs/security.md#link-passwords). Checked before any hash
 * is computed, so a client over its limit costs a map lookup:
 * - per client address: PASSWORD_CLIENT_ATTEMPTS wrong passwords per 15 minutes over all links,
 *   then 429 with `Retry-After` until the bucket refills;
 * - per link: PASSWORD_LINK_ATTEMPTS wrong passwords per 15 minutes from anyone (a distributed
 *   guess), then the link's form locks for everyone for PASSWORD_LOCKOUT_MINUTES. A lock is
 *   written to the database, so the owner sees it in the API and the dashboard and can clear it,
 *   and announced on the change feed, so every node enforces it at once.
 * Active locks are held in memory (loaded at start): the password path reads no database.
 */
export class PasswordGuard {
  private readonly clients: RateLimiter;
  private readonly links: RateLimiter;
  private readonly locks = new LRUCache<string, number>({ max: 100_000 });
  private readonly options: PasswordGuardOptions;
  private readonly store: LockoutStore;
  private readonly changes: ChangeFeed;
  private readonly log: Logger;

  constructor(options: PasswordGuardOptions, deps: { store: LockoutStore; changes: ChangeFeed; log: Logger }) {
    this.options = options;
    this.clients = new RateLimiter(options.perClient, PASSWORD_WINDOW_MS);
    this.links = new RateLimiter(options.perLink, PASSWORD_WINDOW_MS);
    this.store = deps.store;
    this.changes = deps.changes;
    this.log = deps.log;
  }

  /** Load the locks in force (at start). */
  async load(now: number): Promise<void> {
    for (const lock of await this.store.active(now)) this.locks.set(lock.linkId, lock.lockedUntil);
  }

  /** Before checking a password: 0 to go ahead, else the seconds to wait (the link is locked, or the client is over its limit). */
  wait(linkId: string, client: string, now: number): number {
    const until = this.locks.get(linkId);
    if (until !== undefined) {
      if (until > now) return Math.ceil((until - now) / 1000);
      this.locks.delete(linkId);
    }
    return this.clients.peek(client, now);
  }

  /** A wrong password was given: count it against the client and the link; lock the link when it is over. */
  failed(link: { id: string; workspaceId: string }, client: string, now: number): void {
    this.clients.take(client, now);
    this.links.take(link.id, now);
    // Locks once the link's allowance is spent: the PASSWORD_LINK_ATTEMPTS-th wrong password.
    if (this.links.peek(link.id, now) === 0 || this.locks.has(link.id)) return;
    const lockout: PasswordLockout = { linkId: link.id, workspaceId: link.workspaceId, failures: this.options.perLink, lockedAt: now, lockedUntil: now + this.options.lockoutMs };
    this.lock(link.id, lockout.lockedUntil);
    this.log.warn({ linkId: link.id, workspaceId: link.workspaceId, lockedUntil: new Date(lockout.lockedUntil).toISOString() }, 'link password form locked after too many wrong passwords');
    this.store.put(lockout).catch((error: unknown) => this.log.error({ err: error, linkId: link.id }, 'could not record a password lockout'));
  }

  /** An owner cleared the lock (src/app/links/password-lockout.ts). */
  cleared(linkId: string): void {
    this.lock(linkId, 0);
  }

  /** Apply a lock (or, with 0, a clear) here and on every other node. */
  private lock(linkId: string, until: number): void {
    this.apply(linkId, until);
    this.changes.publish(JSON.stringify({ lockout: [linkId, until] }));
  }

  /** A change-feed message from another node (or this one). */
  apply(linkId: string, until: number): void {
    if (until > 0) this.locks.set(linkId, until);
    else {
      this.locks.delete(linkId);
      this.links.reset(linkId);
    }
  }
}
