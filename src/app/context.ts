import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Clock, Random } from '../core/ports.js';
import type { ChangeFeed } from '../storage/change-feed.js';
import type { Stores } from '../storage/stores.js';
import type { DomainRegistry } from './redirect/domain-registry.js';
import type { SecretBox } from './secrets/secret-box.js';
import type { LinkCache } from './redirect/link-cache.js';

/** What every use case receives: configuration, storage, time, randomness and the caches. */
export interface AppContext {
  config: Readonly<Config>;
  stores: Stores;
  clock: Clock;
  random: Random;
  linkCache: LinkCache;
  domains: DomainRegistry;
  /** Tells other nodes what changed, so their caches follow (docs/architecture.md). */
  changes: ChangeFeed;
  log: Logger;
  /** Seals credentials at rest (webhook URLs and signing secrets). */
  secrets: SecretBox;
}
