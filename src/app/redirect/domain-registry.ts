import type { Domain } from '../../core/domain.js';
import { canonicalHostname } from '../../core/hostname.js';

/**
 * Custom domains by canonical hostname, held in memory: the Host header is matched on every
 * redirect, so this lookup must not touch the database. Reloaded after every domain write in
 * this process (and on other nodes through the change feed).
 *
 * Only canonically spelled rows serve traffic. Rows in another spelling can exist only from
 * before migration 0005, which rewrote every unambiguous one; the rest (two rows for one name,
 * or a row for the default host) are `conflicts`, reported at start and by `ricochet doctor`.
 */
export class DomainRegistry {
  private byHost = new Map<string, Domain>();
  private readonly loadAll: () => Promise<Domain[]>;
  private readonly defaultHostname: string;
  /** Domains that do not serve: see the class comment. */
  conflicts: Array<{ domain: Domain; canonical: string | null; reason: 'duplicate' | 'default_host' | 'invalid' }> = [];

  constructor(loadAll: () => Promise<Domain[]>, defaultHostname = '') {
    this.loadAll = loadAll;
    this.defaultHostname = defaultHostname;
  }

  async refresh(): Promise<void> {
    const domains = await this.loadAll();
    const byHost = new Map<string, Domain>();
    const conflicts: DomainRegistry['conflicts'] = [];
    for (const d of domains) {
      const checked = canonicalHostname(d.hostname, { allowPort: true });
      const canonical = checked.ok ? checked.hostname : null;
      if (canonical === d.hostname && canonical !== this.defaultHostname) byHost.set(d.hostname, d);
    }
    for (const d of domains) {
      if (byHost.get(d.hostname) === d) continue;
      const checked = canonicalHostname(d.hostname, { allowPort: true });
      const canonical = checked.ok ? checked.hostname : null;
      conflicts.push({ domain: d, canonical, reason: canonical === null ? 'invalid' : canonical === this.defaultHostname ? 'default_host' : 'duplicate' });
    }
    this.byHost = byHost;
    this.conflicts = conflicts;
  }

  /** `hostname` is canonical (`requestHostname` of the Host header); unknown hosts answer null (→ the default domain). */
  lookup(hostname: string): Domain | null {
    return this.byHost.get(hostname) ?? null;
  }
}
