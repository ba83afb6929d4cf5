import { safeUrlOrThrow } from '../safe-url.js';
import type { LinkPatch } from './link-input.js';

/**
 * Every URL a link can send a visitor to goes through the same safety check; the first bad one
 * is reported with its field path, e.g. `rules[2].url`. Returns the normalised URLs.
 */
export function checkLinkUrls(input: LinkPatch): Map<string, string> {
  const fields: Array<[string, string | null | undefined]> = [
    ['url', input.url],
    ['expiredUrl', input.expiredUrl],
    ['limitUrl', input.limitUrl],
    ['og.image', input.og?.image],
    ...(input.rules ?? []).map((r, i): [string, string] => [`rules[${i}].url`, r.url]),
  ];
  const normalised = new Map<string, string>();
  for (const [field, value] of fields) {
    if (value === undefined || value === null) continue;
    normalised.set(field, safeUrlOrThrow(field, value));
  }
  return normalised;
}
