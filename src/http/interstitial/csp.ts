import { CATALOG, type CspHosts } from '../../core/pixels/catalog.js';
import type { Platform } from '../../core/pixels/platform.js';

/**
 * The interstitial's Content-Security-Policy: nothing but the nonce'd inline script and style, the
 * same-origin yield beacon, and exactly the vendor hosts of the platforms on this page
 * (docs/interstitial.md; hosts from the catalog).
 *
 * No 'strict-dynamic': vendor loaders insert further scripts (Meta's signals/config, Google's
 * viewthroughconversion), and a host list keeps those to the vendors' own hosts.
 *
 * @example interstitialCsp('abc=', ['quora'])
 * // "default-src 'none'; script-src 'nonce-abc=' https://a.quora.com; style-src 'nonce-abc='; connect-src 'self' https://q.quora.com; img-src https://q.quora.com; form-action 'none'; base-uri 'none'; frame-ancestors 'none'"
 */
export function interstitialCsp(nonce: string, platforms: Iterable<Platform>, extraImg: readonly string[] = []): string {
  const hosts = { script: new Set<string>(), connect: new Set<string>(), img: new Set<string>(), frame: new Set<string>(), form: new Set<string>() };
  for (const platform of platforms) {
    const csp: CspHosts = CATALOG[platform].csp;
    for (const kind of ['script', 'connect', 'img', 'frame', 'form'] as const) for (const h of csp[kind]) hosts[kind].add(h);
  }
  // The consent prompt's logo (an https origin the workspace chose).
  for (const origin of extraImg) hosts.img.add(origin);
  const list = (set: Set<string>) => [...set].join(' ');
  const directives = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}' ${list(hosts.script)}`.trimEnd(),
    `style-src 'nonce-${nonce}'`,
    `connect-src 'self' ${list(hosts.connect)}`.trimEnd(),
    hosts.img.size > 0 ? `img-src ${list(hosts.img)}` : null,
    hosts.frame.size > 0 ? `frame-src ${list(hosts.frame)}` : null,
    `form-action ${hosts.form.size > 0 ? list(hosts.form) : "'none'"}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ];
  return directives.filter((d) => d !== null).join('; ');
}
