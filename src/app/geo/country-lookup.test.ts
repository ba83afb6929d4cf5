import { describe, expect, it } from 'vitest';
import { createCountryLookup } from './country-lookup.js';

describe('createCountryLookup — bundled database', () => {
  const lookup = createCountryLookup({});
  const noHeaders = new Headers();

  // Countries verified against the bundled file itself (maxmind Reader), for long-stable allocations.
  it.each([
    ['8.8.8.8', 'US'], //                    Google Public DNS
    ['193.99.144.80', 'DE'], //              heise.de
    ['81.2.69.160', 'GB'], //                MaxMind's own GB test range
    ['130.59.31.80', 'CH'], //               SWITCH, the Swiss research network
    ['::ffff:8.8.8.8', 'US'], //             IPv4-mapped: unwrapped before lookup
    ['2001:4860:4860::8888', 'US'], //       Google Public DNS over IPv6
    ['2001:67c:2e8:22::c100:68b', 'NL'], //  RIPE NCC, Amsterdam
  ])('%s → %s', (ip, country) => {
    expect(lookup(ip, noHeaders)).toBe(country);
  });

  it.each(['127.0.0.1', '::1', '10.0.0.1', '192.168.0.1', '::ffff:192.168.0.1', 'fe80::1', '2001:db8::1', 'not-an-ip', ''])(
    '%s → null (private, loopback or invalid)',
    (ip) => {
      expect(lookup(ip, noHeaders)).toBeNull();
    },
  );

  it('ignores country headers when no header is configured (they could be forged)', () => {
    expect(lookup('8.8.8.8', new Headers({ 'cf-ipcountry': 'DE' }))).toBe('US');
  });
});

describe('createCountryLookup — trusted header (GEO_COUNTRY_HEADER)', () => {
  const lookup = createCountryLookup({ header: 'CF-IPCountry' });

  it.each([
    ['DE', 'DE'],
    ['gb', 'GB'],
    [' ch ', 'CH'],
    ['XX', null], // Cloudflare: unknown
    ['T1', null], // Cloudflare: Tor
    ['DEU', null],
    ['', null],
    ['D E', null],
    ['D\r\nE', null], // only reachable through a plain record: WHATWG Headers refuses it
  ])('cf-ipcountry: %j → %j', (value, expected) => {
    expect(lookup('8.8.8.8', { 'cf-ipcountry': value })).toBe(expected);
  });

  it('a missing header means unknown, not "look up the (CDN\'s) socket address"', () => {
    expect(lookup('8.8.8.8', new Headers())).toBeNull();
  });

  it('reads Node-style header records as well', () => {
    expect(lookup('', { 'cf-ipcountry': 'fr' })).toBe('FR');
  });

  it('does not load the database at all', () => {
    expect(() => createCountryLookup({ header: 'x-country', databasePath: '/nonexistent.mmdb' })).not.toThrow();
  });
});

describe('createCountryLookup — failure modes', () => {
  it('fails at boot, loudly, when the database file is missing', () => {
    expect(() => createCountryLookup({ databasePath: '/nonexistent/file.mmdb' })).toThrow();
  });
});
