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
    ['     accept     ', 'accept'], // 16 characters: the longest looked at
    ['      accept     ', null], // 17: too long, whatever it trims to
    ['xaccept"', null], // one quote is not a pair of DQUOTEs
    ['"acceptx', null],
    ['"', null],
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
    ['ricochet_consentX', null], // a pair without '=' is no cookie of ours
    ['a=1; ricochet_consent= accept ', 'accept'], // the value is trimmed
    ['theme=dark', null],
    ['', null],
    [null, null],
    [';;;==;', null],
  ])('readConsentCookie(%j) → %j', (header, expected) => {
    expect(readConsentCookie(header)).toBe(expected);
  });
});
