import type { Domain } from '../../core/domain.js';

/**
 * Custom domains by hostname, held in memory: the Host header is matched on every redirect, so
 * this lookup must not touch the database. Reloaded after every domain write in this process.
 */
export class DomainRegistry {
  private byHost = new Map<string, Domain>();
  private readonly loadAll: () => Promise<Domain[]>;

  constructor(loadAll: () => Promise<Domain[]>) {
    this.loadAll = loadAll;
  }

  async refresh(): Promise<void> {
    const domains = await this.loadAll();
    this.byHost = new Map(domains.map((d) => [d.hostname, d]));
  }

  /** `host` is the lower-cased Host header; unknown hosts answer null (→ the default domain). */
  lookup(host: string): Domain | null {
    return this.byHost.get(host) ?? null;
  }
}
