import { DomainRegistry } from '../../app/redirect/domain-registry.js';
import type { Config } from '../../config.js';
import type { Database } from '../../storage/database.js';
import { DomainStore } from '../../storage/domain-store.js';
import { warn, type Finding } from './finding.js';

/**
 * Domains that do not serve because migration 0005 would not guess (docs/security.md#hostnames):
 * two spellings of one name, or a row naming the default host. Nothing when there are none.
 */
export async function checkDomains(database: Database, config: Readonly<Config>): Promise<Finding[]> {
  const registry = new DomainRegistry(() => new DomainStore(database).all(), config.defaultHostname);
  try {
    await registry.refresh();
  } catch {
    return [];
  }
  return registry.conflicts.map(({ domain, canonical, reason }) =>
    warn(
      'domains',
      `domain ${domain.id} (${JSON.stringify(domain.hostname)}, workspace ${domain.workspaceId}) is not served: ${reason === 'default_host' ? 'it names the default host' : reason === 'duplicate' ? `another spelling of ${canonical} is registered` : 'it is no hostname'}`,
      'delete the row that is not the real owner\'s (DELETE /api/v1/domains/{id} with that workspace\'s key); the other one then serves (docs/security.md#hostnames)',
    ),
  );
}
