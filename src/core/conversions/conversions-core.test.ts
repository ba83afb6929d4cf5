import { describe, expect, it } from 'vitest';
import { withClickParam } from '../redirect/click-param.js';
import { clickIdValues } from './click-id-values.js';
import { googleEmail, normalizeEmail, normalizePhone } from './identity.js';
import { isCurrency, majorUnits, majorUnitsText } from './money.js';
import { serverConsent, serverEventAllowed } from './server-consent.js';

describe('the click id on its way to the destination', () => {
  it.each([
    ['https://shop.example/a', 'https://shop.example/a?rc_click=clk_1'],
    ['https://shop.example/a?x=1', 'https://shop.example/a?x=1&rc_click=clk_1'],
    ['https://shop.example/a?x=1#top', 'https://shop.example/a?x=1&rc_click=clk_1#top'],
    ['https://shop.example/a?rc_click=forged&x=1', 'https://shop.example/a?x=1&rc_click=clk_1'],
    ['https://shop.example/a?#frag', 'https://shop.example/a?rc_click=clk_1#frag'],
  ])('%s → %s', (url, expected) => {
    expect(withClickParam(url, 'clk_1')).toBe(expected);
  });
});

describe('ad click ids from the query', () => {
  it('keeps the first value of each name, decoded and case intact; ignores the rest', () => {
    expect(clickIdValues('utm_source=x&fbclid=IwAR%2BCase&fbclid=second&gclid=&ScCid=sc1&foo=bar')).toEqual({ fbclid: 'IwAR+Case', ScCid: 'sc1' });
    expect(clickIdValues('')).toEqual({});
    expect(clickIdValues('fbclid=%E0%A4%A')).toEqual({});
    expect(clickIdValues(`gclid=${'x'.repeat(600)}`)).toEqual({});
  });
});

describe('consent fields of a server event', () => {
  it.each([
    ['not_required', 'US', true],
    ['policy_never', 'US', true],
    ['not_required', 'CA', false],
    ['granted_cookie', 'US', false],
    ['granted_prompt', 'US', false],
    ['granted_tcf', 'US', false],
    ['not_required', null, false],
  ] as const)('%s in %s → limited data use %s', (outcome, country, ldu) => {
    expect(serverConsent(outcome, country)).toEqual({ limitedDataUse: ldu, adUserData: true, adPersonalization: true });
  });

  it('sends only for pixels that fired', () => {
    expect(serverEventAllowed('fire')).toBe(true);
    for (const o of ['gpc', 'declined', 'tcf_denied', 'no_consent', 'awaiting_choice', 'bot'] as const) expect(serverEventAllowed(o)).toBe(false);
  });
});

describe('customer identifiers before hashing', () => {
  it('normalises e-mail addresses, and gmail for Google', () => {
    expect(normalizeEmail('  Jane.Doe@Example.COM ')).toBe('jane.doe@example.com');
    expect(googleEmail('Jane.Doe@GMail.com')).toBe('janedoe@gmail.com');
    expect(googleEmail('jane.doe@example.com')).toBe('jane.doe@example.com');
  });

  it('takes phone numbers in E.164 only', () => {
    expect(normalizePhone('+49 30 1234-5678')).toBe('+493012345678');
    expect(normalizePhone('030 1234567')).toBeNull();
    expect(normalizePhone('+0123456789')).toBeNull();
  });
});

describe('money in minor units', () => {
  it.each([
    [1999, 'EUR', 19.99, '19.99'],
    [500, 'JPY', 500, '500'],
    [1234, 'KWD', 1.234, '1.234'],
    [5, 'USD', 0.05, '0.05'],
  ])('%i %s → %d (%s)', (amount, currency, major, text) => {
    expect(majorUnits(amount, currency)).toBe(major);
    expect(majorUnitsText(amount, currency)).toBe(text);
  });

  it('knows ISO 4217 codes', () => {
    expect(isCurrency('EUR')).toBe(true);
    expect(isCurrency('eur')).toBe(false);
    expect(isCurrency('ABC')).toBe(false);
  });
});
