/** Issue 14: properties of the destination URL check, each in its test's name (fast-check). */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { checkDestinationUrl, MAX_URL_BYTES } from './url-safety.js';

const anyText = fc.string({ unit: 'binary', maxLength: 200 });
const host = fc.domain();
const httpUrl = fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true });

describe('checkDestinationUrl properties', () => {
  test.prop([anyText])('never throws, and whatever it accepts is an absolute http(s) URL without credentials, control characters or whitespace, within 8 KB', (input) => {
    const r = checkDestinationUrl(input);
    if (!r.ok) return;
    const url = new URL(r.url);
    expect(['http:', 'https:']).toContain(url.protocol);
    expect(url.username + url.password).toBe('');
    expect(r.url).not.toMatch(/[\u0000-\u0020\u007f-\u009f]/);
    expect(new TextEncoder().encode(r.url).length).toBeLessThanOrEqual(MAX_URL_BYTES);
  });

  test.prop([httpUrl])('accepts well-formed http(s) URLs, and accepting is idempotent: the stored form checks as itself', (input) => {
    const r = checkDestinationUrl(input);
    expect(r.ok).toBe(true);
    if (r.ok) expect(checkDestinationUrl(r.url)).toEqual(r);
  });

  test.prop([fc.stringMatching(/^[a-z][a-z0-9+.-]{0,8}$/).filter((s) => s !== 'http' && s !== 'https'), host])('refuses every scheme but http and https', (scheme, h) => {
    expect(checkDestinationUrl(`${scheme}://${h}/`)).toMatchObject({ ok: false });
  });

  test.prop([httpUrl, fc.integer({ min: 0, max: 0x1f }), fc.nat()])('refuses a URL with any control character anywhere', (input, code, at) => {
    const i = at % (input.length + 1);
    expect(checkDestinationUrl(input.slice(0, i) + String.fromCharCode(code) + input.slice(i))).toMatchObject({ ok: false });
  });

  test.prop([fc.constantFrom('http', 'https'), fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.stringMatching(/^[a-z0-9]{0,8}$/), host])('refuses credentials in any form', (scheme, user, pass, h) => {
    expect(checkDestinationUrl(`${scheme}://${user}${pass ? `:${pass}` : ''}@${h}/`)).toMatchObject({ ok: false, problem: 'credentials' });
  });

  test.prop([fc.integer({ min: MAX_URL_BYTES + 1, max: MAX_URL_BYTES + 5000 })])('refuses anything over 8 KB', (length) => {
    const base = 'https://example.com/';
    expect(checkDestinationUrl(base + 'a'.repeat(length - base.length))).toMatchObject({ ok: false, problem: 'too_long' });
  });
});
