/**
 * The one canonical spelling of a hostname (docs/security.md#hostnames), used wherever a domain
 * is stored, compared or matched: lower case, IDN labels in ASCII (punycode), no trailing dot,
 * no port. Two spellings of one name (`Go.Example.COM.`, `go.example.com:8443`,
 * `gö.example` / `xn--g-1ga.example`) always give the same string, so a domain can be claimed
 * once and the default host in no spelling at all.
 *
 * The port rule: a domain is a name, never a port. Registering a hostname with a port is refused
 * (`port`); a request's Host header is matched with its port stripped, so `go.example.com:8443`
 * is served by the domain `go.example.com`, whoever registered a copy of it with a port before.
 */

/** Why a string is not a hostname. Closed list. */
export const HOSTNAME_PROBLEMS = {
  empty: 'The hostname is empty.',
  too_long: 'The hostname is longer than 253 characters.',
  characters: 'A hostname has no scheme, path, query, user, spaces or backslashes.',
  port: 'A domain is a hostname without a port: requests on any port are matched by name.',
  empty_label: 'The hostname has an empty label (two dots in a row, or a leading dot).',
  label: 'Each label is 1–63 letters, digits or hyphens, not starting or ending with a hyphen.',
  invalid: 'The hostname cannot be converted to ASCII (IDNA).',
  ipv6: 'An IPv6 address cannot be a domain: give the name that points to it.',
} as const;

export type HostnameProblem = keyof typeof HOSTNAME_PROBLEMS;
export type HostnameCheck = { ok: true; hostname: string } | { ok: false; problem: HostnameProblem; message: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** Destinations may have `_` in a label: not a valid host name (RFC 952), but real sites use it and browsers go there. */
const DESTINATION_LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Check the labels of an ASCII hostname one by one (RFC 1035 §2.3.4, RFC 5891 for the
 * punycode form): no empty label, each 1–63 letters/digits/hyphens without a hyphen at either
 * end, 253 characters at most. IPv4 and bracketed IPv6 literals pass as they are.
 * `destination` allows `_` in labels and one trailing dot (a fully qualified name).
 */
export function checkLabels(host: string, destination = false): HostnameProblem | null {
  if (host.startsWith('[') && host.endsWith(']')) return null;
  if (IPV4.test(host)) return null;
  const name = destination && host.endsWith('.') ? host.slice(0, -1) : host;
  if (name.length > 253) return 'too_long';
  const pattern = destination ? DESTINATION_LABEL : LABEL;
  for (const label of name.split('.')) {
    if (label.length === 0) return 'empty_label';
    if (!pattern.test(label)) return 'label';
  }
  return null;
}

/**
 * Canonicalise a hostname someone wants to register (or names, e.g. in a link's `domain`).
 * `allowPort` strips a port instead of refusing it: for names read from the configuration
 * (PUBLIC_URL's host), not for registrations.
 * @example canonicalHostname('Bücher.DE.') // { ok: true, hostname: 'xn--bcher-kva.de' }
 * @example canonicalHostname('go.example.com:8443') // { ok: false, problem: 'port', … }
 */
export function canonicalHostname(input: string, options: { allowPort?: boolean } = {}): HostnameCheck {
  const fail = (problem: HostnameProblem): HostnameCheck => ({ ok: false, problem, message: HOSTNAME_PROBLEMS[problem] });
  const trimmed = input.trim();
  if (trimmed.length === 0) return fail('empty');
  if (trimmed.length > 300) return fail('too_long');
  if (/[/?#@\s\\%]/.test(trimmed)) return fail('characters');
  const { name, port } = splitPort(trimmed);
  if (port !== null && !options.allowPort) return fail('port');
  if (name.endsWith('..') || name.startsWith('.')) return fail('empty_label');
  const bare = name.endsWith('.') ? name.slice(0, -1) : name;
  if (bare.length === 0) return fail('empty');
  if (bare.split('.').some((l) => l.length === 0)) return fail('empty_label');
  if (bare.startsWith('[')) return fail('ipv6');
  let ascii: string;
  try {
    // The WHATWG URL parser does UTS 46 mapping and punycode, lower-cases, and normalises IPv4
    // spellings (`0x7f.1` → `127.0.0.1`): the same canonical form browsers send.
    ascii = new URL(`http://${bare}/`).hostname;
  } catch {
    return fail('invalid');
  }
  if (ascii.endsWith('.')) ascii = ascii.slice(0, -1);
  const problem = checkLabels(ascii);
  return problem ? fail(problem) : { ok: true, hostname: ascii };
}

/** `host[:port]` → its parts; an IPv6 literal keeps its brackets. */
function splitPort(value: string): { name: string; port: string | null } {
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    if (end === -1) return { name: value, port: null };
    const rest = value.slice(end + 1);
    return { name: value.slice(0, end + 1), port: rest.startsWith(':') ? rest.slice(1) : null };
  }
  const colon = value.lastIndexOf(':');
  if (colon === -1) return { name: value, port: null };
  return { name: value.slice(0, colon), port: value.slice(colon + 1) };
}

/**
 * The canonical hostname a request's Host header names (hot path: plain string work for the
 * usual ASCII header; the full conversion only for anything else). Never throws; a header that
 * is no hostname gives `''`, which matches no domain.
 * @example requestHostname('Go.Example.com.:8443') // 'go.example.com'
 */
export function requestHostname(header: string): string {
  let host = header;
  if (host.charCodeAt(0) !== 91 /* [ */) {
    const colon = host.lastIndexOf(':');
    if (colon !== -1) host = host.slice(0, colon);
  } else {
    const end = host.indexOf(']');
    host = end === -1 ? host : host.slice(0, end + 1);
  }
  if (host.charCodeAt(host.length - 1) === 46 /* . */) host = host.slice(0, -1);
  if (/^[a-z0-9.-]*$/.test(host)) return host;
  if (/^[A-Za-z0-9.-]*$/.test(host)) return host.toLowerCase();
  const checked = canonicalHostname(host);
  return checked.ok ? checked.hostname : '';
}
