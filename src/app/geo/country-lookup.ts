import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Reader } from 'maxmind';
import type { HeaderBag } from '../../core/request/headers.js';
import { readHeader } from '../../core/request/headers.js';
import { normaliseCountry } from '../../core/request/country.js';
import { publicAddress } from './ip-address.js';

/**
 * Record shape of `@ip-location-db/geo-whois-asn-country-mmdb` (read from the database itself:
 * `metadata.databaseType` is `country ipvAll`, `ipVersion` 6, `recordSize` 24, `languages` []):
 * every network maps to `{ country_code: 'US' }`, ISO 3166-1 alpha-2, and nothing else. Unlisted
 * networks (loopback, most reserved space) answer null.
 */
function countryCodeOf(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const code = (record as { country_code?: unknown }).country_code;
  return typeof code === 'string' ? code : null;
}

/** The slice of maxmind's `Reader` we use (adapters declare what they need of a driver: docs/architecture.md, "Conventions"). */
interface IpDatabase {
  get(ip: string): unknown;
}

/** The combined IPv4+IPv6 file: one reader, one buffer (~7.8 MB), same speed as the split files. */
const DATABASE = '@ip-location-db/geo-whois-asn-country-mmdb/geo-whois-asn-country.mmdb';

/**
 * A country database holds one record per country (~250), so caching decoded records by their
 * data-section offset removes the decode from nearly every lookup (~1.5× faster, measured).
 * Bounded anyway in case a future file holds richer records.
 */
const MAX_CACHED_RECORDS = 1024;

export interface CountryLookupOptions {
  /**
   * `GEO_COUNTRY_HEADER`: a trusted header carrying the visitor's country (e.g. `cf-ipcountry`,
   * `cloudfront-viewer-country`, `x-vercel-ip-country`; docs/pixels.md §3.1). When set, only that
   * header is used: the database is not even loaded. A missing or invalid header means "unknown",
   * not "look up the IP", because behind a CDN the socket address is the CDN's, not the visitor's.
   */
  header?: string;
  /** Override the database file (tests); defaults to the bundled one. */
  databasePath?: string;
}

/** `(ip, headers) → ISO alpha-2 upper case | null (unknown)`. Never throws. */
export type CountryLookup = (ip: string, headers: HeaderBag) => string | null;

/**
 * Build the visitor-country lookup once at boot. Without a header, the bundled CC0 IP→country
 * database is read synchronously once, here; lookups are then in-memory, with no network ever.
 * Handles IPv4, IPv6 and IPv4-mapped IPv6; private, loopback and other non-public addresses → null.
 *
 * Licence note: the package declares CC0-1.0, but its README credits NRO whois data under CC BY 4.0
 * (see its NRO_LICENSE), so the docs should attribute nro.net to be safe.
 *
 * @example const country = createCountryLookup({}); country('8.8.8.8', {}) // 'US'
 * @example createCountryLookup({ header: 'cf-ipcountry' })('1.2.3.4', { 'cf-ipcountry': 'de' }) // 'DE'
 */
export function createCountryLookup(options: CountryLookupOptions = {}): CountryLookup {
  const header = options.header?.trim().toLowerCase();
  if (header) {
    return (_ip, headers) => normaliseCountry(readHeader(headers, header));
  }
  const path = options.databasePath ?? createRequire(import.meta.url).resolve(DATABASE);
  const records = new Map<number | string, unknown>();
  const reader: IpDatabase = new Reader(readFileSync(path), {
    cache: {
      get: (key) => records.get(key),
      set: (key, value) => {
        if (records.size < MAX_CACHED_RECORDS) records.set(key, value);
      },
    },
  });
  return (ip) => {
    const target = publicAddress(ip);
    if (target === null) return null;
    try {
      return normaliseCountry(countryCodeOf(reader.get(target.address)));
    } catch {
      return null;
    }
  };
}
