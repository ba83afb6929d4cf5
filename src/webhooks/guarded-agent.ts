/**
 * The HTTP agent webhook deliveries go through (undici). Every connection it opens — to the
 * endpoint's URL, and to each redirect target when redirects are followed — resolves the host
 * itself and connects only to addresses the rules allow (./address-guard.ts): the check and the
 * connection use the same answer, so a name cannot resolve to a public address for the check and
 * to a private one for the connection.
 */
import type { LookupAddress, LookupOptions } from 'node:dns';
import net from 'node:net';
import { Agent, buildConnector, interceptors, type Dispatcher } from 'undici';
import type { AllowedNetwork } from '../core/webhooks/address-policy.js';
import { allowedAddresses, bareHost, type HostLookup } from './address-guard.js';

export interface GuardedAgentOptions {
  lookup: HostLookup;
  allowed: readonly AllowedNetwork[];
  connectTimeoutMs: number;
  /** Follow up to this many redirects (0: a 3xx is the answer). */
  maxRedirects: number;
  /** Connections kept per receiver origin. */
  connectionsPerOrigin: number;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

export function createGuardedAgent(options: GuardedAgentOptions): Dispatcher {
  // `net.connect`'s lookup hook: called for host names (never for literal addresses, which the
  // connector below checks itself), with `all` when Node tries several addresses (happy eyeballs).
  const lookup = (hostname: string, lookupOptions: LookupOptions, callback: LookupCallback) => {
    allowedAddresses(hostname, options.lookup, options.allowed).then(
      (addresses) => {
        if (lookupOptions.all) callback(null, addresses.map((a) => ({ address: a.address, family: a.family })));
        else callback(null, (addresses[0] as LookupAddress).address, (addresses[0] as LookupAddress).family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
  const base = buildConnector({ timeout: options.connectTimeoutMs, lookup } as buildConnector.BuildOptions);
  const connect: buildConnector.connector = (target, callback) => {
    // A literal address in the URL: checked here, since no lookup happens for it.
    if (!net.isIP(bareHost(target.hostname))) return base(target, callback);
    allowedAddresses(target.hostname, options.lookup, options.allowed).then(
      () => base(target, callback),
      (error: Error) => callback(error, null),
    );
  };
  const agent = new Agent({ connect, connections: options.connectionsPerOrigin, keepAliveTimeout: 10_000 });
  return options.maxRedirects > 0 ? agent.compose(interceptors.redirect({ maxRedirections: options.maxRedirects })) : agent;
}
