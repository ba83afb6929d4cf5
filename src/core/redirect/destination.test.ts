import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits.js';
import { buildDestination, CLICK_ID_PARAMS } from './destination.js';

type Row = [label: string, url: string, incoming: string, forward: boolean, expected: string];

const rows: Row[] = [
  ['no incoming query → URL unchanged', 'https://shop.example/p?a=1#top', '', true, 'https://shop.example/p?a=1#top'],
  ['appends to a URL without a query', 'https://shop.example/p', 'utm_source=ad', true, 'https://shop.example/p?utm_source=ad'],
  ['appends to an existing query', 'https://shop.example/p?a=1', 'b=2', true, 'https://shop.example/p?a=1&b=2'],
  ['keeps the fragment after the query', 'https://shop.example/p?a=1#frag', 'b=2', true, 'https://shop.example/p?a=1&b=2#frag'],
  ['fragment without query', 'https://shop.example/p#frag', 'b=2', true, 'https://shop.example/p?b=2#frag'],
  ['empty destination query (trailing ?)', 'https://shop.example/p?', 'b=2', true, 'https://shop.example/p?b=2'],
  ['incoming wins over the destination for the same key', 'https://shop.example/p?utm_source=site&x=1', 'utm_source=ad', true, 'https://shop.example/p?x=1&utm_source=ad'],
  ['every destination copy of an overridden key goes', 'https://shop.example/p?a=1&a=2&b=3', 'a=9', true, 'https://shop.example/p?b=3&a=9'],
  ['keys collide when equal once decoded', 'https://shop.example/p?utm_source=site', 'utm%5Fsource=ad', true, 'https://shop.example/p?utm%5Fsource=ad'],
  ['multi-valued incoming params are kept', 'https://shop.example/p', 'tag=a&tag=b', true, 'https://shop.example/p?tag=a&tag=b'],
  ['forwardQuery false keeps only click ids', 'https://shop.example/p?a=1', 'ref=x&gclid=Cj0KCQ&utm_source=ad&fbclid=IwAR1', false, 'https://shop.example/p?a=1&gclid=Cj0KCQ&fbclid=IwAR1'],
  ['forwardQuery false with no click id → unchanged', 'https://shop.example/p?a=1', 'ref=x', false, 'https://shop.example/p?a=1'],
  ['forwardQuery false: click id still overrides the destination copy', 'https://shop.example/p?gclid=old', 'gclid=new', false, 'https://shop.example/p?gclid=new'],
  ['fbclid keeps its exact bytes and case', 'https://shop.example/', 'fbclid=IwAR3xYz-AbC_dEf%2BGh', true, 'https://shop.example/?fbclid=IwAR3xYz-AbC_dEf%2BGh'],
  ['lower-case percent escapes are not re-cased', 'https://shop.example/', 'q=a%2fb', true, 'https://shop.example/?q=a%2fb'],
  ['plus signs are not turned into %20', 'https://shop.example/', 'q=a+b', true, 'https://shop.example/?q=a+b'],
  ['click ids are matched case-sensitively (ScCid)', 'https://shop.example/', 'ScCid=abc&sccid=def', false, 'https://shop.example/?ScCid=abc'],
  ['TCF control params are never forwarded', 'https://shop.example/', 'gdpr=1&gdpr_consent=CQxyz&a=1', true, 'https://shop.example/?a=1'],
  ['…but the destination\'s own gdpr params stay', 'https://shop.example/?gdpr=0', 'gdpr=1&a=1', true, 'https://shop.example/?gdpr=0&a=1'],
  ['invalid percent-encoding passes through untouched', 'https://shop.example/', 'a=%zz&b=%E0%A4', true, 'https://shop.example/?a=%zz&b=%E0%A4'],
  ['CR/LF and spaces are encoded: no header splitting', 'https://shop.example/', 'a=x\r\nLocation: evil', true, 'https://shop.example/?a=x%0D%0ALocation:%20evil'],
  ['a raw # in the incoming query cannot inject a fragment', 'https://shop.example/p#frag', 'a=1#evil', true, 'https://shop.example/p?a=1%23evil#frag'],
  ['non-ASCII is UTF-8 percent-encoded', 'https://shop.example/', 'q=café', true, 'https://shop.example/?q=caf%C3%A9'],
  ['empty pieces and empty keys are dropped', 'https://shop.example/', '&&=x&a=1&', true, 'https://shop.example/?a=1'],
  ['a leading ? on the incoming query is tolerated', 'https://shop.example/', '?a=1', true, 'https://shop.example/?a=1'],
];

describe('buildDestination', () => {
  it.each(rows)('%s', (_label, url, incoming, forward, expected) => {
    expect(buildDestination(url, incoming, forward)).toBe(expected);
  });

  it.each(CLICK_ID_PARAMS)('always keeps %s, even with forwardQuery false', (param) => {
    expect(buildDestination('https://shop.example/', `other=1&${param}=ID-123_x`, false)).toBe(`https://shop.example/?${param}=ID-123_x`);
  });

  it('lists exactly the click ids of docs/pixels.md §0', () => {
    expect([...CLICK_ID_PARAMS].sort()).toEqual(
      ['fbclid', 'gclid', 'gbraid', 'wbraid', 'ttclid', 'li_fat_id', 'twclid', 'msclkid', 'epik', 'ScCid', 'rdt_cid'].sort(),
    );
  });

  it('handles a huge query without throwing, and produces a URL a header can carry', () => {
    const huge = Array.from({ length: 20_000 }, (_, i) => `k${i}=\u00e9\r\n${i}`).join('&');
    const result = buildDestination('https://shop.example/', huge, true);
    expect(result.startsWith('https://shop.example/?k0=%C3%A9%0D%0A0&')).toBe(true);
    expect(result).not.toMatch(/[\u0000-\u0020\u007f-\uffff]/);
  });
});

describe('buildDestination: the cap on forwarded parameters (LIMITS.forwardedParams)', () => {
  const filler = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `p${from + i}=${from + i}`);

  it(`forwards exactly ${LIMITS.forwardedParams} parameters in their order when that many arrive (a click id keeps its place)`, () => {
    const query = [...filler(50), 'gclid=Cj0K', ...filler(LIMITS.forwardedParams - 51, 50)].join('&');
    expect(buildDestination('https://shop.example/', query, true)).toBe(`https://shop.example/?${query}`);
  });

  it('beyond the cap: click ids first (a late gclid survives), then the others in order, cut at the cap', () => {
    const others = filler(LIMITS.forwardedParams + 5);
    const query = [...others, 'gclid=Cj0K', 'fbclid=AbC'].join('&');
    const expected = ['gclid=Cj0K', 'fbclid=AbC', ...others.slice(0, LIMITS.forwardedParams - 2)].join('&');
    expect(buildDestination('https://shop.example/?a=1', query, true)).toBe(`https://shop.example/?a=1&${expected}`);
  });
});
