/**
 * Issue 14: routing rules over real HTTP. The redirect handler parses a user agent's families
 * (device, OS, browser) and looks the country up only when an answer depends on them (a rule that
 * names them, or pixels whose consent depends on the country); these tests show that each rule
 * still gets what it needs. The country comes from the bundled IP database (the address is the
 * right-most X-Forwarded-For entry, the proxy trusted) or from a trusted country header.
 */
import { describe, expect, it } from 'vitest';
import { createLink, testEngines, useTestServer } from '../api/helpers.js';
import { rawRequest, UA } from '../analytics/support.js';
import type { TestServer } from '../support/test-server.js';

const DEFAULT = 'https://example.com/default';
/** In the bundled IP-to-country database: a German and a US address (stable allocations). */
const GERMAN_IP = '193.99.144.80';
const US_IP = '8.8.8.8';

async function locationOf(s: TestServer, slug: string, headers: Record<string, string>): Promise<string | undefined> {
  const res = await rawRequest(s.url, `/${slug}`, { headers });
  expect(res.status).toBe(302);
  return res.headers.location;
}

describe.each(testEngines())('routing rules over HTTP on %s', (engine) => {
  const s = useTestServer(engine, { TRUST_PROXY: '1' });

  it('device, browser and OS rules route by the user agent (its families parsed because a rule needs them)', async () => {
    const link = await createLink(s, {
      url: DEFAULT,
      pixelIds: [],
      rules: [
        { when: { device: ['mobile'] }, url: 'https://example.com/mobile' },
        { when: { browser: ['Firefox'] }, url: 'https://example.com/firefox' },
        { when: { os: ['Mac OS'] }, url: 'https://example.com/mac' },
      ],
    });
    expect(await locationOf(s, link.slug, { 'user-agent': UA.safariIphone })).toBe('https://example.com/mobile');
    expect(await locationOf(s, link.slug, { 'user-agent': UA.chromeAndroid })).toBe('https://example.com/mobile');
    expect(await locationOf(s, link.slug, { 'user-agent': UA.firefoxWindows })).toBe('https://example.com/firefox');
    expect(await locationOf(s, link.slug, { 'user-agent': UA.chromeMac })).toBe('https://example.com/mac');
    expect(await locationOf(s, link.slug, { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36' })).toBe(DEFAULT);
  });

  it('a country rule routes by the visitor address, looked up although the link has no pixels', async () => {
    const link = await createLink(s, { url: DEFAULT, pixelIds: [], rules: [{ when: { country: ['DE'] }, url: 'https://example.de/' }] });
    expect(await locationOf(s, link.slug, { 'user-agent': UA.chromeMac, 'x-forwarded-for': GERMAN_IP })).toBe('https://example.de/');
    expect(await locationOf(s, link.slug, { 'user-agent': UA.chromeMac, 'x-forwarded-for': US_IP })).toBe(DEFAULT);
    // A private address has no country: the default.
    expect(await locationOf(s, link.slug, { 'user-agent': UA.chromeMac, 'x-forwarded-for': '10.1.2.3' })).toBe(DEFAULT);
  });

  it('rules that need neither families nor the country (language) still route', async () => {
    const link = await createLink(s, { url: DEFAULT, pixelIds: [], rules: [{ when: { language: ['de'] }, url: 'https://example.com/de' }] });
    expect(await locationOf(s, link.slug, { 'user-agent': UA.chromeMac, 'accept-language': 'de-AT,de;q=0.9' })).toBe('https://example.com/de');
    expect(await locationOf(s, link.slug, { 'user-agent': UA.chromeMac, 'accept-language': 'en-GB' })).toBe(DEFAULT);
  });
});

describe.each(testEngines())('routing by a trusted country header on %s', (engine) => {
  const s = useTestServer(engine, { TRUST_PROXY: '1', GEO_COUNTRY_HEADER: 'CF-IPCountry' });

  it('the header decides the country, in any case; without it the country is unknown', async () => {
    const link = await createLink(s, { url: DEFAULT, pixelIds: [], rules: [{ when: { country: ['DE'] }, url: 'https://example.de/' }] });
    expect(await locationOf(s, link.slug, { 'user-agent': UA.chromeMac, 'cf-ipcountry': 'DE', 'x-forwarded-for': US_IP })).toBe('https://example.de/');
    expect(await locationOf(s, link.slug, { 'user-agent': UA.chromeMac, 'cf-ipcountry': 'de' })).toBe('https://example.de/');
    expect(await locationOf(s, link.slug, { 'user-agent': UA.chromeMac, 'cf-ipcountry': 'FR', 'x-forwarded-for': GERMAN_IP })).toBe(DEFAULT);
    expect(await locationOf(s, link.slug, { 'user-agent': UA.chromeMac, 'x-forwarded-for': GERMAN_IP })).toBe(DEFAULT);
  });
});
