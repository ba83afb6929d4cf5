/**
 * Destination URL checks at creation time (docs/architecture.md): only absolute http(s), no
 * credentials, no control characters or whitespace, at most 8 KB. IDN hostnames come back in
 * punycode (the WHATWG URL parser does the conversion), so what we store is what browsers send.
 */
import { checkLabels, HOSTNAME_PROBLEMS } from './hostname.js';

export const MAX_URL_BYTES = 8192;

export const URL_PROBLEMS = {
  empty: 'The URL is empty.',
  too_long: `The URL is longer than ${MAX_URL_BYTES} bytes.`,
  control_chars: 'The URL contains control characters (such as CR or LF).',
  whitespace: 'The URL contains whitespace; percent-encode it.',
  not_absolute: 'The URL must be absolute, starting with http:// or https://.',
  scheme: 'Only http and https URLs are allowed.',
  credentials: 'URLs with a user name or password are not allowed.',
  host: 'The URL has no valid host.',
  empty_label: `The URL's host: ${HOSTNAME_PROBLEMS.empty_label}`,
  label: `The URL's host: ${HOSTNAME_PROBLEMS.label}`,
  host_too_long: `The URL's host: ${HOSTNAME_PROBLEMS.too_long}`,
} as const;

export type UrlProblem = keyof typeof URL_PROBLEMS;

export type UrlCheck = { ok: true; url: string } | { ok: false; problem: UrlProblem; message: string };

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const WHITESPACE = /\s/;

/**
 * @example checkDestinationUrl('https://bücher.de/a b') // { ok: false, problem: 'whitespace', … }
 * @example checkDestinationUrl('https://bücher.de/x')   // { ok: true, url: 'https://xn--bcher-kva.de/x' }
 */
export function checkDestinationUrl(input: string): UrlCheck {
  const fail = (problem: UrlProblem): UrlCheck => ({ ok: false, problem, message: URL_PROBLEMS[problem] });
  if (input.length === 0) return fail('empty');
  if (new TextEncoder().encode(input).length > MAX_URL_BYTES) return fail('too_long');
  if (CONTROL.test(input)) return fail('control_chars');
  if (WHITESPACE.test(input)) return fail('whitespace');
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(input)?.[1]?.toLowerCase();
  if (!scheme) return fail('not_absolute');
  if (scheme !== 'http' && scheme !== 'https') return fail('scheme');
  // `https:example.com` and `https:/x` parse "helpfully"; require the `//` authority form.
  if (!/^[A-Za-z]+:\/\//.test(input)) return fail('not_absolute');
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return fail('host');
  }
  if (url.username !== '' || url.password !== '') return fail('credentials');
  if (url.hostname === '') return fail('host');
  // Label by label (issue 17): `a..b.example`, `-x.example` and 64-character labels parse as
  // URLs but name no host.
  const labels = checkLabels(url.hostname, true);
  if (labels === 'too_long') return fail('host_too_long');
  if (labels === 'empty_label' || labels === 'label') return fail(labels);
  if (new TextEncoder().encode(url.href).length > MAX_URL_BYTES) return fail('too_long');
  return { ok: true, url: url.href };
}
