import { TCString } from '@iabtechlabtcf/core';
import { describe, expect, it } from 'vitest';
import { decodeTcString, readTcfSignal } from './tcf.js';
import { isCheapToDecode, MAX_EXPANDED_IDS } from './tc-string-guard.js';
import { encodeTcString } from '../../../test/support/tc-string.js';

// ── Real TC strings, encoded with the same library from a minimal in-test GVL (no network) ──


const encode = encodeTcString;

const ALL_VENDORS = encode({ purposes: [1, 3, 4, 7], vendors: [755, 804, 1126] });
const GOOGLE_ONLY = encode({ purposes: [1, 3, 4], vendors: [755] });
const RESTRICTED = encode({ purposes: [1, 3, 4, 7], vendors: [755, 804], notAllowed: [[755, 3], [804, 2]] });
const OLD_POLICY = encode({ purposes: [1, 3, 4], vendors: [755], policyVersion: 2 });

// ── Hostile strings: overlapping full-width vendor ranges (see tc-string-guard.ts) ─────────────
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const toBits = (s: string) => [...s].map((c) => BASE64URL.indexOf(c).toString(2).padStart(6, '0')).join('');
const fromBits = (bits: string) => {
  const padded = bits.padEnd(Math.ceil(bits.length / 6) * 6, '0');
  return (padded.match(/.{6}/g) ?? []).map((b) => BASE64URL[parseInt(b, 2)]).join('');
};
const int = (v: number, width: number) => v.toString(2).padStart(width, '0');
function rangeBomb(ranges: number, maxVendorId = 65535): string {
  const header = toBits(ALL_VENDORS.split('.')[0]!).slice(0, 213);
  let bits = header + int(maxVendorId, 16) + '1' + int(ranges, 12);
  for (let i = 0; i < ranges; i++) bits += '1' + int(1, 16) + int(maxVendorId, 16);
  return fromBits(bits + int(0, 16) + '0' + int(0, 12)); // empty LI bitfield, no publisher restrictions
}

describe('decodeTcString', () => {
  it('decodes a real v2 string: purposes, vendors, no restrictions', () => {
    expect(ALL_VENDORS.split('.').length).toBeGreaterThan(1); // core + other segments, as CMPs send them
    const signal = decodeTcString(ALL_VENDORS);
    expect(signal).not.toBeNull();
    expect([...signal!.purposeConsents].sort((a, b) => a - b)).toEqual([1, 3, 4, 7]);
    expect([...signal!.vendorConsents].sort((a, b) => a - b)).toEqual([755, 804, 1126]);
    expect(signal!.restrictedVendors.size).toBe(0);
  });

  it('keeps per-vendor consent: a string for Google alone', () => {
    const signal = decodeTcString(GOOGLE_ONLY)!;
    expect(signal.vendorConsents.has(755)).toBe(true);
    expect(signal.vendorConsents.has(804)).toBe(false);
    expect(signal.purposeConsents.has(7)).toBe(false);
  });

  it('reports publisher restrictions on retargeting purposes only (1, 3, 4)', () => {
    const signal = decodeTcString(RESTRICTED)!;
    expect([...signal.restrictedVendors]).toEqual([755]); // 755 barred from P3; 804's restriction is on P2
  });

  it('rejects strings from TCF policy versions before v2.2 (policy < 4)', () => {
    expect(TCString.decode(OLD_POLICY).policyVersion).toBe(2); // the fixture really is outdated
    expect(decodeTcString(OLD_POLICY)).toBeNull();
  });

  it('decodes the core segment alone', () => {
    expect(decodeTcString(ALL_VENDORS.split('.')[0]!)?.vendorConsents.has(804)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['garbage', 'not a tc string!!!'],
    ['short base64', 'abc'],
    ['truncated', ALL_VENDORS.slice(0, 20)],
    ['truncated mid-vendor-section', ALL_VENDORS.split('.')[0]!.slice(0, -3)],
    ['TCF v1 string', 'BOEFEAyOEFEAyAHABDENAI4AAAB9vABAASA'],
    ['percent-encoded junk', '%E0%A4%A'],
    ['CR/LF', 'CQ\r\nSet-Cookie: x'],
    ['leading dot', `.${ALL_VENDORS}`],
    ['oversized', 'C'.repeat(100_000)],
  ])('malformed (%s) → null, no exception', (_label, input) => {
    expect(() => decodeTcString(input)).not.toThrow();
    expect(decodeTcString(input)).toBeNull();
  });

  it('rejects range bombs instead of expanding them (the library alone would accept them)', () => {
    // The library decodes a small bomb happily, expanding every id: proof that the null below
    // comes from our guard, not from a decoding error.
    expect(TCString.decode(rangeBomb(3)).vendorConsents.size).toBe(65535);
    for (const ranges of [1, 3, 50, 150]) {
      expect(isCheapToDecode(rangeBomb(ranges))).toBe(false);
      expect(decodeTcString(rangeBomb(ranges))).toBeNull();
    }
  });
});

describe('isCheapToDecode', () => {
  it('accepts real strings, including range-encoded vendor lists', () => {
    // 755, 804, 1126 far apart: the encoder picks range encoding over a 1,126-bit field.
    expect(isCheapToDecode(ALL_VENDORS.split('.')[0]!)).toBe(true);
    expect(isCheapToDecode(RESTRICTED.split('.')[0]!)).toBe(true);
  });
  it('accepts one range up to the budget, rejects one beyond it', () => {
    expect(isCheapToDecode(rangeBomb(1, MAX_EXPANDED_IDS))).toBe(true);
    expect(isCheapToDecode(rangeBomb(1, MAX_EXPANDED_IDS + 1))).toBe(false);
  });
  it('rejects non-base64url characters and truncation', () => {
    expect(isCheapToDecode('CQ+/')).toBe(false);
    expect(isCheapToDecode('CQ')).toBe(false);
  });
});

describe('readTcfSignal (query string)', () => {
  it.each([
    ['gdpr=1 with a valid string', `gdpr=1&gdpr_consent=${ALL_VENDORS}`, 'valid'],
    ['params among others, any order', `utm_source=x&gdpr_consent=${GOOGLE_ONLY}&fbclid=AbC&gdpr=1`, 'valid'],
    ['percent-encoded value', `gdpr=1&gdpr_consent=${encodeURIComponent(ALL_VENDORS).replace(/\./g, '%2E')}`, 'valid'],
    ['gdpr=1 without gdpr_consent', 'gdpr=1', 'invalid'],
    ['gdpr=1 with an empty string', 'gdpr=1&gdpr_consent=', 'invalid'],
    ['gdpr=1 with garbage', 'gdpr=1&gdpr_consent=%%%zz', 'invalid'],
    ['gdpr=1 with an unexpanded macro', 'gdpr=1&gdpr_consent=${GDPR_CONSENT_755}', 'invalid'],
    ['gdpr=1 with a range bomb', `gdpr=1&gdpr_consent=${rangeBomb(100)}`, 'invalid'],
    ['gdpr=1 with an outdated policy version', `gdpr=1&gdpr_consent=${OLD_POLICY}`, 'invalid'],
    ['gdpr=0: no signal', `gdpr=0&gdpr_consent=${ALL_VENDORS}`, null],
    ['gdpr absent: a lone gdpr_consent means nothing', `gdpr_consent=${ALL_VENDORS}`, null],
    ['gdpr=true is not the spec\'s 1', `gdpr=true&gdpr_consent=${ALL_VENDORS}`, null],
    ['first gdpr wins', `gdpr=0&gdpr=1&gdpr_consent=${ALL_VENDORS}`, null],
    ['empty query', '', null],
    ['hostile query', '&&&=\r\n%zz&gdpr', null],
  ] as const)('%s', (_label, query, status) => {
    const signal = readTcfSignal(query);
    if (status === null) expect(signal).toBeNull();
    else expect(signal?.status).toBe(status);
  });

  it('hands the consent core real vendor data', () => {
    const signal = readTcfSignal(`gdpr=1&gdpr_consent=${GOOGLE_ONLY}`);
    expect(signal?.status === 'valid' && signal.vendorConsents.has(755)).toBe(true);
  });
});
