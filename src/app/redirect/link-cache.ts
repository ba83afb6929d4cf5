import { LRUCache } from 'lru-cache';
import type { ResolvedLink } from '../../core/resolved-link.js';

/** A cached link plus the clicks seen for it since it was loaded (for `maxClicks`). */
export interface CachedLink {
  resolved: ResolvedLink;
  /** Human clicks stored in the database when the entry was loaded. */
  storedClicks: number;
  /** Human clicks this process has redirected since. */
  localClicks: number;
  /** A destination of the link is on DESTINATION_BLOCKLIST (decided once, when loaded). */
  blocked: boolean;
}

const MISS = Symbol('miss');
type Entry = CachedLink | typeof MISS;

export type LinkLoader = (domain: string, slug: string) => Promise<{ resolved: ResolvedLink; clicks: number; blocked?: boolean } | null>;

/**
 * The redirect path's in-process LRU (docs/architecture.md). A hit touches no database. Misses are
 * cached too, for a tenth of the TTL, so a scan of random slugs cannot hammer the database.
 * Writes call `invalidate`; concurrent misses for the same key share one load; when the
 * database cannot be read, an expired copy is served rather than failing the redirect.
 */
export class LinkCache {
  private readonly lru: LRUCache<string, Entry> | null;
  private readonly inflight = new Map<string, Promise<CachedLink | null>>();
  private readonly load: LinkLoader;
  private readonly ttlMs: number;
  hits = 0;
  misses = 0;
  /** Times a stale entry answered because the database could not be read. */
  staleServed = 0;

  constructor(options: { size: number; ttlMs: number; load: LinkLoader }) {
    this.load = options.load;
    this.ttlMs = options.ttlMs;
    // Expired entries stay in memory until evicted (`noDeleteOnStaleGet`): if the database is
    // down when one is re-read, the stale copy keeps the link working (see `resolve`).
    this.lru =
      options.size > 0 && options.ttlMs > 0
        ? new LRUCache<string, Entry>({ max: options.size, ttl: options.ttlMs, noDeleteOnStaleGet: true })
        : null;
  }

  /** Synchronous fast path: `undefined` means "not cached, call `resolve`". */
  peek(domain: string, slug: string): CachedLink | null | undefined {
    const entry = this.lru?.get(key(domain, slug));
    if (entry === undefined) return undefined;
    this.hits++;
    return entry === MISS ? null : entry;
  }

  async resolve(domain: string, slug: string): Promise<CachedLink | null> {
    const cached = this.peek(domain, slug);
    if (cached !== undefined) return cached;
    this.misses++;
    const k = key(domain, slug);
    let pending = this.inflight.get(k);
    if (!pending) {
      pending = this.load(domain, slug)
        .then((found) => {
          const entry: CachedLink | null = found ? { resolved: found.resolved, storedClicks: found.clicks, localClicks: 0, blocked: found.blocked === true } : null;
          this.lru?.set(k, entry ?? MISS, entry ? undefined : { ttl: Math.max(1, Math.floor(this.ttlMs / 10)) });
          return entry;
        })
        .catch((error: unknown) => {
          const stale = this.lru?.get(k, { allowStale: true });
          if (stale === undefined) throw error;
          this.staleServed++;
          return stale === MISS ? null : stale;
        })
        .finally(() => this.inflight.delete(k));
      this.inflight.set(k, pending);
    }
    return pending;
  }

  invalidate(domain: string, slug: string): void {
    this.lru?.delete(key(domain, slug));
  }

  /** After changes that touch many links at once (a pixel edited, workspace consent changed). */
  clear(): void {
    this.lru?.clear();
  }
}

function key(domain: string, slug: string): string {
  return `${domain}\u0000${slug}`;
}
