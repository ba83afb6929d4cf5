import type { SecretBox } from '../app/secrets/secret-box.js';
import { ApiKeyStore } from './api-key-store.js';
import { AuditStore } from './audit-store.js';
import type { Database } from './database.js';
import { DomainStore } from './domain-store.js';
import { FolderStore } from './folder-store.js';
import { SavedViewStore, TagColorStore, UtmTemplateStore } from './organisation-stores.js';
import { LinkStore } from './link-store.js';
import { LockoutStore } from './lockout-store.js';
import { PixelStore } from './pixel-store.js';
import { SaltStore } from './salt-store.js';
import { StatsStore } from './stats-store.js';
import { WebhookLogStore } from './webhook-log-store.js';
import { WebhookStore } from './webhook-store.js';
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
  folders: FolderStore;
  tagColors: TagColorStore;
  utmTemplates: UtmTemplateStore;
  views: SavedViewStore;
  webhooks: WebhookStore;
  webhookLog: WebhookLogStore;
  audit: AuditStore;
  lockouts: LockoutStore;
}

/** `box` seals what is stored encrypted (webhook URLs and secrets): the secrets key's box (src/app/secrets/load-secrets-key.ts). */
export function createStores(database: Database, box: SecretBox): Stores {
  return {
    database,
    workspaces: new WorkspaceStore(database),
    apiKeys: new ApiKeyStore(database),
    domains: new DomainStore(database),
    pixels: new PixelStore(database),
    links: new LinkStore(database),
    salts: new SaltStore(database),
    stats: new StatsStore(database),
    folders: new FolderStore(database),
    tagColors: new TagColorStore(database),
    utmTemplates: new UtmTemplateStore(database),
    views: new SavedViewStore(database),
    webhooks: new WebhookStore(database, box),
    webhookLog: new WebhookLogStore(database),
    audit: new AuditStore(database),
    lockouts: new LockoutStore(database),
  };
}
