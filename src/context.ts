import type { Logger } from 'pino';
import type { AppContext } from './app/context.js';
import { DomainRegistry } from './app/redirect/domain-registry.js';
import { LinkCache } from './app/redirect/link-cache.js';
import { loadSecretBox } from './app/secrets/load-secrets-key.js';
import type { SecretBox } from './app/secrets/secret-box.js';
import { systemClock, systemRandom } from './app/system-ports.js';
import type { Config } from './config.js';
import type { Clock, Random } from './core/ports.js';
import { createLogger } from './logger.js';
import { connectDatabase } from './storage/connect.js';
import type { Database } from './storage/database.js';
import { migrateToLatest } from './storage/migrate.js';
import { lookupFor, type HostLookup } from './webhooks/address-guard.js';
import { createStores } from './storage/stores.js';

export interface ContextOptions {
  /** An already open database (tests); otherwise one is opened from the config. */
  database?: Database;
  log?: Logger;
  clock?: Clock;
  random?: Random;
  /** How webhook host names resolve (tests give a table: no test depends on the internet's DNS). */
  lookupHost?: HostLookup;
  /** The box that seals credentials; otherwise the secrets key's (SECRETS_KEY, or the key file in DATA_DIR). */
  secrets?: SecretBox;
}

/**
 * Open the database, apply migrations and wire the stores and caches: everything the server
 * and the CLI share. The caller owns the returned database and closes it.
 */
export async function createContext(config: Readonly<Config>, options: ContextOptions = {}): Promise<AppContext> {
  const log = options.log ?? createLogger(config);
  const database = options.database ?? connectDatabase(config);
  await migrateToLatest(database, { log, now: (options.clock ?? systemClock).now() });
  const secrets = options.secrets ?? loadSecretBox(config);
  const stores = createStores(database, secrets);

  const linkCache = new LinkCache({
    size: config.linkCacheSize,
    ttlMs: config.linkCacheTtlMs,
    load: async (domain, slug) => {
      const found = await stores.links.resolve(domain, slug);
      return found ? { resolved: found, clicks: found.clicks } : null;
    },
  });
  const domains = new DomainRegistry(() => stores.domains.all());
  await domains.refresh();

  const ctx: AppContext = {
    config,
    stores,
    clock: options.clock ?? systemClock,
    random: options.random ?? systemRandom,
    linkCache,
    domains,
    changes: database.changeFeed(log),
    log,
    secrets,
    lookupHost: options.lookupHost ?? lookupFor(config.webhooks.testHosts),
  };
  return ctx;
}
