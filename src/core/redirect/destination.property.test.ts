/**
 * Issue 14: properties of the query and click-id forwarding (`buildDestination`), each in its
 * test's name, over generated destinations and incoming queries (fast-check).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { buildDestination, CLICK_ID_PARAMS, CONTROL_PARAMS } from './destination.js';
import { splitRawQuery } from './raw-query.js';

/** Query-ish text: parameter names and values from a small alphabet with the troublesome characters. */
const piece = fc.string({ unit: fc.constantFrom(...'ab_-.~%2F5+=&#?é \r\n\t'.split('')), maxLength: 12 });
const key = fc.oneof(fc.constantFrom(...CLICK_ID_PARAMS, ...CONTROL_PARAMS, 'utm_source', 'ref', 'a'), fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/));
const value = fc.stringMatching(/^[A-Za-z0-9_.~-]{0,12}$/);
const param = fc.tuple(key, value).map(([k, v]) => `${k}=${v}`);
const query = fc.oneof(fc.array(param, { maxLength: 6 }).map((ps) => ps.join('&')), piece);
const destination = fc
  .tuple(fc.constantFrom('https://shop.example', 'http://a.example:8080'), fc.stringMatching(/^(\/[a-z0-9]{0,5}){0,3}$/), fc.option(fc.array(param, { maxLength: 3 }).map((ps) => ps.join('&'))), fc.option(fc.stringMatching(/^[a-z0-9]{0,6}$/)))
  .map(([origin, path, q, frag]) => `${origin}${path}${q === null ? '' : `?${q}`}${frag === null ? '' : `#${frag}`}`);

const keysOf = (url: string) => {
  const hash = url.indexOf('#');
  const noFrag = hash === -1 ? url : url.slice(0, hash);
  const q = noFrag.indexOf('?');
  return q === -1 ? [] : splitRawQuery(noFrag.slice(q + 1));
};

describe('buildDestination properties', () => {
  test.prop([destination, query, fc.boolean()])('every click id in the incoming query reaches the destination byte for byte, whatever forwardQuery says', (url, incoming, forward) => {
    const out = keysOf(buildDestination(url, incoming, forward)).map((p) => p.raw);
    for (const p of splitRawQuery(incoming)) if ((CLICK_ID_PARAMS as readonly string[]).includes(p.key) && !/[^\x21-\x7e]|#/.test(p.raw)) expect(out).toContain(p.raw);
  });

  test.prop([destination, query])('with forwardQuery false, nothing but click ids is added', (url, incoming) => {
    const before = new Set(keysOf(url).map((p) => p.key));
    for (const p of keysOf(buildDestination(url, incoming, false))) {
      if (!before.has(p.key)) expect(CLICK_ID_PARAMS as readonly string[]).toContain(p.key);
    }
  });

  test.prop([destination, query, fc.boolean()])('gdpr and gdpr_consent from the visitor are never forwarded; the destination\'s own are kept as they are', (url, incoming, forward) => {
    const control = (u: string) => keysOf(u).filter((p) => (CONTROL_PARAMS as readonly string[]).includes(p.key)).map((p) => p.raw);
    expect(control(buildDestination(url, incoming, forward))).toEqual(control(url));
  });

  test.prop([destination, query, fc.boolean()])('origin, path and fragment of the destination are kept, the fragment last', (url, incoming, forward) => {
    const out = buildDestination(url, incoming, forward);
    const cut = (u: string) => u.split('#')[0]!.split('?')[0];
    expect(cut(out)).toBe(cut(url));
    const frag = url.includes('#') ? url.slice(url.indexOf('#')) : '';
    expect(out.endsWith(frag)).toBe(true);
    expect(out.indexOf('#') === -1 ? '' : out.slice(out.indexOf('#'))).toBe(frag);
  });

  test.prop([destination, fc.boolean()])('with nothing to forward the destination comes back unchanged', (url, forward) => {
    expect(buildDestination(url, '', forward)).toBe(url);
    expect(buildDestination(url, 'gdpr=1&gdpr_consent=CQabc', forward)).toBe(url);
  });

  test.prop([destination, query, fc.boolean()])('never throws, and the result has no control character, space or raw non-ASCII (no header splitting)', (url, incoming, forward) => {
    const out = buildDestination(url, incoming, forward);
    expect(out).not.toMatch(/[\u0000-\u0020\u007f-\uffff]/);
  });

  test.prop([destination, query])('with forwardQuery, the destination\'s parameters not overridden come first and in order, then every forwarded one', (url, incoming) => {
    const forwarded = splitRawQuery(incoming).filter((p) => !(CONTROL_PARAMS as readonly string[]).includes(p.key));
    fc.pre(forwarded.length > 0);
    const incomingKeys = new Set(forwarded.map((p) => p.key));
    const ownKept = keysOf(url).filter((p) => !incomingKeys.has(p.key)).map((p) => p.raw);
    const out = keysOf(buildDestination(url, incoming, true));
    expect(out.slice(0, ownKept.length).map((p) => p.raw)).toEqual(ownKept);
    expect(out.slice(ownKept.length)).toHaveLength(forwarded.length);
  });
});
