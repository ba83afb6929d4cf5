import { ApiKeyStore } from './api-key-store.js';
import { AuditStore } from './audit-store.js';
import type { Database } from './database.js';
import { DomainStore } from './domain-store.js';
import { LinkStore } from './link-store.js';
import { LockoutStore } from './lockout-store.js';
import { PixelStore } from './pixel-store.js';
import { SaltStore } from './salt-store.js';
import { StatsStore } from './stats-store.js';
import { WorkspaceStore } from './workspace-store.js';

/** Every store over one database: what use cases receive. */
export interface Stores {
  database: Database;
  workspaces: WorkspaceStore;
  apiKeys: ApiKeyStore;
  domains: DomainStore;
  pixels: PixelStore;
  links: LinkStore;
  salts: SaltStore;
  stats: StatsStore;
  audit: AuditStore;
  lockouts: LockoutStore;
}

export function createStores(database: Database): Stores {
  return {
    database,
    workspaces: new WorkspaceStore(database),
    apiKeys: new ApiKeyStore(database),
    domains: new DomainStore(database),
    pixels: new PixelStore(database),
    links: new LinkStore(database),
    salts: new SaltStore(database),
    stats: new StatsStore(database),
    audit: new AuditStore(database),
    lockouts: new LockoutStore(database),
  };
}
