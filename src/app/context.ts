import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Blocklist } from '../core/blocklist.js';
import type { Clock, Random } from '../core/ports.js';
import type { ChangeFeed } from '../storage/change-feed.js';
import type { Stores } from '../storage/stores.js';
import type { DomainProbe } from './domains/domain-probe.js';
import type { HostLookup } from '../webhooks/address-guard.js';
import type { PasswordGuard } from './links/password-guard.js';
import type { PasswordHasher } from './password-hasher.js';
import type { RateLimiter } from './rate-limiter.js';
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
  /** Resolves host names for webhook deliveries and their checks (the system resolver; a table in tests). */
  lookupHost: HostLookup;
  /** Seals credentials at rest: pixel credentials, webhook URLs and signing secrets (SECRETS_KEY or DATA_DIR/secrets.key). */
  secrets: SecretBox;
  /**
   * Tells this node's click writer that a pixel's server setup changed (set by the server once
   * its click pipeline runs; other nodes hear it on the change feed). Resolves once new clicks see it.
   */
  serverSetupsChanged: () => Promise<void>;
  /** Looks at custom domains from the outside (DNS, HTTP) to verify them. */
  domainProbe: DomainProbe;
  /** Link passwords: hashed in their own pool, guessing limited (docs/security.md#link-passwords). */
  passwords: { hasher: PasswordHasher; guard: PasswordGuard };
  /** DESTINATION_BLOCKLIST, loaded at start. */
  blocklist: Blocklist;
  /** Links created per workspace per hour (LINK_CREATE_RATE_LIMIT). */
  linkCreation: RateLimiter;
}
