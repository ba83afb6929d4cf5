/**
 * DNS for webhook tests: a table of names and what they resolve to, in place of the system
 * resolver (no test depends on the internet's DNS). As `WEBHOOK_TEST_HOSTS` for servers (the
 * delivery engine runs on another thread and reads it from the config), as a lookup for code that
 * takes one.
 */
import { tableLookup, type HostLookup } from '../../src/webhooks/address-guard.js';

export const TEST_DNS: Record<string, string[]> = {
  'hooks.example.test': ['127.0.0.1'],
  'public.example.test': ['93.184.215.14'],
  'internal.example.test': ['10.0.0.7'],
  'metadata.example.test': ['169.254.169.254'],
  'mapped.example.test': ['::ffff:127.0.0.1'],
  'split.example.test': ['93.184.215.14', '127.0.0.1'],
};

export function fakeLookup(table: Record<string, string[]> = TEST_DNS): HostLookup {
  return tableLookup(table);
}

/** The table as the env var `WEBHOOK_TEST_HOSTS`. */
export function testHostsEnv(table: Record<string, string[]> = TEST_DNS): string {
  return Object.entries(table).flatMap(([host, addresses]) => addresses.map((a) => `${host}=${a}`)).join(',');
}
