/**
 * DNS for webhook tests: a table of names and what they resolve to, in place of the system
 * resolver (no test depends on the internet's DNS). Unknown names fail as getaddrinfo does.
 */
import type { HostLookup } from '../../src/webhooks/address-guard.js';

export const TEST_DNS: Record<string, string[]> = {
  'hooks.example.test': ['127.0.0.1'],
  'public.example.test': ['93.184.215.14'],
  'internal.example.test': ['10.0.0.7'],
  'metadata.example.test': ['169.254.169.254'],
  'mapped.example.test': ['::ffff:127.0.0.1'],
  'split.example.test': ['93.184.215.14', '127.0.0.1'],
};

export function fakeLookup(table: Record<string, string[]> = TEST_DNS): HostLookup {
  return async (host) => {
    const found = table[host.toLowerCase()];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}
