import type { Config } from '../../config.js';
import { isLoopback } from './check-config.js';
import { ok, warn, type Finding } from './finding.js';

/**
 * Reverse-proxy settings that contradict each other. Ricochet has no TLS of its own, so an
 * https PUBLIC_URL means a proxy in front of it; and a trusted proxy header is only safe when
 * nothing but the proxy can reach the port.
 */
export function checkProxy(config: Readonly<Config>): Finding[] {
  const findings: Finding[] = [];
  const wildcard = config.host === '0.0.0.0' || config.host === '::' || config.host === '[::]';
  const trusting = config.trustProxy.kind !== 'none';
  if (trusting && config.trustProxy.kind === 'hops' && wildcard) {
    findings.push(
      warn(
        'proxy',
        `TRUST_PROXY counts proxies while Ricochet listens on every interface (${config.host}:${config.port}): whoever reaches the port directly can choose their X-Forwarded-For (address, country, unique visitor) and X-Forwarded-Host`,
        'let only the proxy reach Ricochet (HOST=127.0.0.1 with the proxy on the same machine, or a firewall rule), or set TRUST_PROXY to the proxies\' addresses instead of a count',
      ),
    );
  }
  if (!trusting && config.publicUrl.startsWith('https://')) {
    findings.push(
      warn(
        'proxy',
        'PUBLIC_URL is https, so a TLS proxy is in front of Ricochet, but TRUST_PROXY is off: every visitor looks like the proxy (one address, no country, one unique visitor)',
        'set TRUST_PROXY=true and have the proxy set X-Forwarded-For to the client address (deploy/nginx/ricochet.conf, deploy/caddy/Caddyfile)',
      ),
    );
  }
  if (config.geoCountryHeader && !trusting) {
    findings.push(
      warn(
        'proxy',
        `GEO_COUNTRY_HEADER=${config.geoCountryHeader} comes from a proxy or CDN, but TRUST_PROXY is off: the visitor address is the proxy's`,
        'set TRUST_PROXY=true as well',
      ),
    );
  }
  if (trusting && !wildcard && isLoopback(config.host)) findings.push(ok('proxy', `TRUST_PROXY is on and only this machine can reach ${config.host}:${config.port}`));
  if (findings.length === 0) findings.push(ok('proxy', trusting ? 'TRUST_PROXY is on' : 'no proxy settings to check (TRUST_PROXY is off)'));
  return findings;
}
