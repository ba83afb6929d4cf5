import { describe, expect, it } from 'vitest';
import { decodeQueryComponent, encodeUnsafeQueryChars, rawParamValue, splitRawQuery } from './raw-query.js';

describe('splitRawQuery', () => {
  it('keeps raw pieces and decodes keys for comparison', () => {
    expect(splitRawQuery('a=1&&b&=x&c%5Fd=2&e+f=3')).toEqual([
      { raw: 'a=1', key: 'a' },
      { raw: 'b', key: 'b' },
      { raw: 'c%5Fd=2', key: 'c_d' },
      { raw: 'e+f=3', key: 'e f' },
    ]);
  });
  it('tolerates a leading ? and empty input', () => {
    expect(splitRawQuery('?a=1')).toEqual([{ raw: 'a=1', key: 'a' }]);
    expect(splitRawQuery('')).toEqual([]);
    expect(splitRawQuery('&&&')).toEqual([]);
  });
  it('never throws on invalid percent-encoding', () => {
    expect(splitRawQuery('%E0%A4%A=1&%zz=2&%=3')).toEqual([
      { raw: '%E0%A4%A=1', key: '%E0%A4%A' },
      { raw: '%zz=2', key: '%zz' },
      { raw: '%=3', key: '%' },
    ]);
  });
  it('splits a ~0.6 MB query into its 50,000 parameters, each intact', () => {
    // No timing is asserted (it would depend on the machine: issue 14); a quadratic split of this
    // input would run into the test timeout.
    const huge = Array.from({ length: 50_000 }, (_, i) => `k${i}=v${i}`).join('&');
    const params = splitRawQuery(huge);
    expect(params).toHaveLength(50_000);
    expect(params[0]).toEqual({ raw: 'k0=v0', key: 'k0' });
    expect(params[49_999]).toEqual({ raw: 'k49999=v49999', key: 'k49999' });
  });
});

describe('decodeQueryComponent / rawParamValue', () => {
  it.each([
    ['a+b%20c', 'a b c'],
    ['100%', '100%'],
    ['%C3%A9', 'é'],
    ['%C3', '%C3'], // truncated UTF-8 stays raw
    ['plain', 'plain'],
  ])('%j → %j', (input, expected) => {
    expect(decodeQueryComponent(input)).toBe(expected);
  });
  it('reads the value after the first =', () => {
    expect(rawParamValue({ raw: 'x=a=b', key: 'x' })).toBe('a=b');
    expect(rawParamValue({ raw: 'flag', key: 'flag' })).toBe('');
  });
});

describe('encodeUnsafeQueryChars', () => {
  it.each([
    ['fbclid=IwAR3x-Y_z.AbC~', 'fbclid=IwAR3x-Y_z.AbC~'], // untouched, case kept
    ['q=a%2fb%7E', 'q=a%2fb%7E'], // existing escapes kept byte for byte (lower-case hex too)
    ['q=a b', 'q=a%20b'],
    ['q=a#b', 'q=a%23b'], // would start a fragment
    ['q=x\r\nSet-Cookie:%20a=b', 'q=x%0D%0ASet-Cookie:%20a=b'], // header splitting impossible
    ['q="<x>"', 'q=%22%3Cx%3E%22'],
    ['q=é', 'q=%C3%A9'],
    ['q=\u0000', 'q=%00'],
    ['q=\uD800', 'q=%EF%BF%BD'], // lone surrogate
    ['q=100%', 'q=100%'],
  ])('%j → %j', (input, expected) => {
    expect(encodeUnsafeQueryChars(input)).toBe(expected);
  });
});
