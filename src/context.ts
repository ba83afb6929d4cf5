import type { Logger } from 'pino';
import type { AppContext } from './app/context.js';
import { createDomainProbe, type DomainProbe } from './app/domains/domain-probe.js';
import { linkDestinations, loadBlocklist } from './app/links/destination-blocklist.js';
import { PasswordGuard } from './app/links/password-guard.js';
import { PasswordHasher } from './app/password-hasher.js';
import { RateLimiter } from './app/rate-limiter.js';
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
  /** How custom domains are checked (tests point it at 127.0.0.1). */
  domainProbe?: DomainProbe;
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

  const blocklist = loadBlocklist(config.destinationBlocklist, log);
  const linkCache = new LinkCache({
    size: config.linkCacheSize,
    ttlMs: config.linkCacheTtlMs,
    load: async (domain, slug) => {
      const found = await stores.links.resolve(domain, slug);
      // Checked once per load, not per redirect: a link saved before its host was listed stops too.
      const blocked = blocklist.size > 0 && linkDestinations(found?.link ?? { url: '', rules: [], expiredUrl: null, limitUrl: null }).some(([, url]) => blocklist.blocksUrl(url));
      return found ? { resolved: found, clicks: found.clicks, blocked } : null;
    },
  });
  const domains = new DomainRegistry(() => stores.domains.all(), config.defaultHostname);
  await domains.refresh();
  for (const { domain, canonical, reason } of domains.conflicts) {
    log.warn(
      { domainId: domain.id, workspaceId: domain.workspaceId, hostname: domain.hostname, canonical, reason },
      'a domain is not served: another spelling of its name is registered, or it names the default host; delete the wrong one (docs/security.md#hostnames)',
    );
  }

  const clock = options.clock ?? systemClock;
  const changes = database.changeFeed(log);
  const guard = new PasswordGuard(
    { perClient: config.passwordClientAttempts, perLink: config.passwordLinkAttempts, lockoutMs: config.passwordLockoutMs },
    { store: stores.lockouts, changes, log },
  );
  await guard.load(clock.now());
  const ctx: AppContext = {
    config,
    stores,
    clock,
    random: options.random ?? systemRandom,
    linkCache,
    domains,
    changes,
    log,
    secrets,
    lookupHost: options.lookupHost ?? lookupFor(config.webhooks.testHosts),
    serverSetupsChanged: async () => {},
    domainProbe: options.domainProbe ?? createDomainProbe(),
    passwords: { hasher: new PasswordHasher(config.passwordHashThreads), guard },
    blocklist,
    linkCreation: new RateLimiter(config.linkCreateRateLimit, 3_600_000),
  };
  return ctx;
}
