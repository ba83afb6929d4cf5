/**
 * How Ricochet looks at a custom domain from the outside: what DNS answers for it, and whether a
 * request to it reaches this Ricochet (docs/api.md, "Custom domains"). The system resolver and real HTTP by
 * default; tests pass `lookup` and `port` to reach a server on 127.0.0.1 under a made-up name
 * (DNS is the one thing they fake).
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';

export interface DnsAnswer {
  cname: string[];
  addresses: string[];
}

export type ProbeResult = { status: number; body: string } | { error: string };

export interface DomainProbe {
  dns(hostname: string): Promise<DnsAnswer>;
  /** GET `path` on the hostname (https first, then http), reading at most 1 KB of the answer. */
  get(hostname: string, path: string): Promise<ProbeResult>;
}

export interface ProbeOptions {
  lookup?: LookupFunction;
  /** Connect here instead of 443 / 80 (tests). */
  port?: number;
  /** Only http (tests: the server under test speaks plain HTTP). */
  httpOnly?: boolean;
  timeoutMs?: number;
}

const settle = <T>(p: Promise<T>, fallback: T): Promise<T> => p.catch(() => fallback);

export function createDomainProbe(options: ProbeOptions = {}): DomainProbe {
  const timeout = options.timeoutMs ?? 5000;
  const once = (scheme: 'http' | 'https', hostname: string, path: string): Promise<ProbeResult> =>
    new Promise((resolve) => {
      const [host, portInHost] = hostname.split(':') as [string, string | undefined];
      const lib = scheme === 'https' ? https : http;
      const req = lib.get(
        { host, port: options.port ?? (portInHost ? Number(portInHost) : undefined), path, headers: { host: hostname }, timeout, ...(options.lookup ? { lookup: options.lookup } : {}) },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            body += chunk;
            if (body.length > 1024) res.destroy();
          });
          res.on('close', () => resolve({ status: res.statusCode ?? 0, body: body.slice(0, 1024) }));
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeout / 1000} s`)));
      req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    });
  return {
    async dns(hostname) {
      const host = hostname.split(':')[0] as string;
      if (options.lookup) {
        const lookup = options.lookup;
        const address = await new Promise<string | null>((resolve) => lookup(host, {}, (err, a) => resolve(err ? null : String(a))));
        return { cname: [], addresses: address ? [address] : [] };
      }
      const [cname, v4, v6] = await Promise.all([
        settle(dns.promises.resolveCname(host), [] as string[]),
        settle(dns.promises.resolve4(host), [] as string[]),
        settle(dns.promises.resolve6(host), [] as string[]),
      ]);
      return { cname, addresses: [...v4, ...v6] };
    },
    async get(hostname, path) {
      if (!options.httpOnly) {
        const secure = await once('https', hostname, path);
        if ('status' in secure) return secure;
      }
      return once('http', hostname, path);
    },
  };
}
