import { LRUCache } from 'lru-cache';
import type { CountryLookup } from '../app/geo/country-lookup.js';
import type { Click } from '../core/clicks/click.js';
import { clickIdMask, utmOf } from '../core/clicks/query-facts.js';
import { referrerHost } from '../core/clicks/referrer.js';
import { classifyUserAgent, type Visitor } from '../core/request/visitor.js';

/**
 * Fill in what the redirect did not need to know, on the click writer thread: the country (from
 * the address, unless answering already looked it up), the user agent's families, the referrer's
 * host, the UTM fields and which ad click ids were present. Plain function calls: none of these
 * can drop a click, so they are not "steps" (docs/architecture.md, "Conventions").
 */
export function createClickDeriver(lookupCountry: CountryLookup): (click: Click) => void {
  // Real traffic repeats a small set of user agents, and parsing one costs tens of microseconds.
  const families = new LRUCache<string, Visitor>({ max: 10_000 });
  return (click) => {
    if (click.country === undefined) click.country = lookupCountry(click.address, {});
    let visitor = families.get(click.userAgent);
    if (!visitor) {
      visitor = classifyUserAgent(click.userAgent);
      families.set(click.userAgent, visitor);
    }
    click.device = visitor.device;
    click.os = visitor.os;
    click.browser = visitor.browser;
    click.referrerHost = referrerHost(click.referer);
    click.utm = utmOf(click.query);
    click.clickIds = clickIdMask(click.query);
  };
}
