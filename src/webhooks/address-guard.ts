/**
 * The network side of the webhook address rules (src/core/webhooks/address-policy.ts): resolve a
 * host name and refuse it when any address it resolves to is not allowed. Used twice — when an
 * endpoint is created or its URL changed (a clear error at once), and on every connection a
 * delivery makes (./guarded-agent.ts), because DNS can answer differently later ("DNS rebinding").
 */
import dns from 'node:dns';
import net from 'node:net';
import { addressVerdict, type AddressRefusal, type AllowedNetwork } from '../core/webhooks/address-policy.js';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/**
 * Resolves a host name to every address it has. The system resolver by default; tests give a
 * table (no test depends on the internet's DNS).
 */
export type HostLookup = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemLookup: HostLookup = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/**
 * A lookup from a fixed table (WEBHOOK_TEST_HOSTS: tests and benchmarks, where no DNS is asked);
 * names not in it fail as getaddrinfo does.
 */
export function tableLookup(table: Readonly<Record<string, readonly string[]>>): HostLookup {
  return async (hostname) => {
    const found = table[hostname.toLowerCase()];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address, family: net.isIP(address) }));
  };
}

/** The lookup a configuration asks for: the table of WEBHOOK_TEST_HOSTS, or the system resolver. */
export function lookupFor(testHosts: Readonly<Record<string, readonly string[]>> | null): HostLookup {
  return testHosts ? tableLookup(testHosts) : systemLookup;
}

/** A host name or address a webhook may not be delivered to. */
export class AddressRefusedError extends Error {
  readonly reason: AddressRefusal | 'unresolvable';
  readonly host: string;
  /** The address that was refused (absent when the name did not resolve). */
  readonly address: string | undefined;

  constructor(host: string, reason: AddressRefusal | 'unresolvable', address?: string) {
    super(
      reason === 'unresolvable'
        ? `${host} does not resolve to any address`
        : `${host}${address && address !== host ? ` resolves to ${address}, which is` : ' is'} a ${REASON_WORDS[reason]} address; webhooks are delivered to public addresses only`,
    );
    this.name = 'AddressRefusedError';
    this.reason = reason;
    this.host = host;
    this.address = address;
  }
}

const REASON_WORDS: Record<AddressRefusal, string> = {
  loopback: 'loopback',
  private: 'private-network',
  link_local: 'link-local',
  metadata: 'cloud metadata',
  reserved: 'reserved or special-purpose',
  not_an_address: 'malformed',
};

/** `[::1]` (a URL's host) → `::1`. */
export const bareHost = (host: string): string => host.replace(/^\[|\]$/g, '');

/**
 * Every address `host` stands for, when all of them are allowed; throws `AddressRefusedError`
 * otherwise (one refused address is enough: a name that resolves to a public and a private
 * address could be connected to either).
 */
export async function allowedAddresses(host: string, lookup: HostLookup, allowed: readonly AllowedNetwork[]): Promise<ResolvedAddress[]> {
  const bare = bareHost(host);
  if (net.isIP(bare)) {
    check(bare, bare, allowed);
    return [{ address: bare, family: net.isIP(bare) }];
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await lookup(bare);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTFOUND' || code === 'ENODATA') throw new AddressRefusedError(bare, 'unresolvable');
    throw error;
  }
  if (addresses.length === 0) throw new AddressRefusedError(bare, 'unresolvable');
  for (const a of addresses) check(bare, a.address, allowed);
  return addresses;
}

function check(host: string, address: string, allowed: readonly AllowedNetwork[]): void {
  const verdict = addressVerdict(address, allowed);
  if (!verdict.allowed) throw new AddressRefusedError(host, verdict.reason, address);
}

/** The refusal behind an error (undici wraps what a connector throws), or null. */
export function refusalOf(error: unknown): AddressRefusedError | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof AddressRefusedError) return e;
  }
  return null;
}
