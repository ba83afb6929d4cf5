import { describe, expect, it } from 'vitest';
import { CONSENT_COOKIE_MAX_AGE_S, CONSENT_COOKIE_NAME, parseConsentCookie, readConsentCookie } from './cookie.js';

describe('consent cookie', () => {
  it('is named ricochet_consent and lives 180 days (docs/consent.md)', () => {
    expect(CONSENT_COOKIE_NAME).toBe('ricochet_consent');
    expect(CONSENT_COOKIE_MAX_AGE_S).toBe(15_552_000);
  });

  it.each([
    ['accept', 'accept'],
    ['decline', 'decline'],
    ['"accept"', 'accept'],
    [' decline ', 'decline'],
    ['Accept', null], // exact values only
    ['yes', null],
    ['accept;', null],
    ['"accept', null],
    ['', null],
    ['a'.repeat(10_000), null],
    ['%61ccept', null],
    [null, null],
    [undefined, null],
  ])('parseConsentCookie(%j) → %j', (value, expected) => {
    expect(parseConsentCookie(value)).toBe(expected);
  });

  it.each([
    ['ricochet_consent=accept', 'accept'],
    ['theme=dark; ricochet_consent=decline; other=1', 'decline'],
    ['ricochet_consent=accept; ricochet_consent=decline', 'accept'], // first wins
    ['xricochet_consent=accept', null],
    ['ricochet_consent', null],
    ['theme=dark', null],
    ['', null],
    [null, null],
    [';;;==;', null],
  ])('readConsentCookie(%j) → %j', (header, expected) => {
    expect(readConsentCookie(header)).toBe(expected);
  });
});
