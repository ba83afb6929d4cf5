import { describe, expect, it } from 'vitest';
import { CLICK_ID_PARAMS } from '../redirect/destination.js';
import { clickIdsOf, utmOf } from './query-facts.js';

const NONE = { utm_source: null, utm_medium: null, utm_campaign: null, utm_term: null, utm_content: null };

describe('utmOf', () => {
  it('reads the five UTM fields, decoded', () => {
    expect(utmOf('utm_source=news%20letter&utm_medium=e+mail&utm_campaign=%C3%A9t%C3%A9&utm_term=shoes&utm_content=hero&x=1')).toEqual({
      utm_source: 'news letter',
      utm_medium: 'e mail',
      utm_campaign: 'été',
      utm_term: 'shoes',
      utm_content: 'hero',
    });
  });

  it('keeps the first occurrence; ignores blank, undecodable and over-long values and other names', () => {
    expect(utmOf('utm_source=first&utm_source=second')).toMatchObject({ utm_source: 'first' });
    expect(utmOf('utm_source=&utm_medium=%20%20&utm_campaign=%E0%A4%A&utm_term=' + 'x'.repeat(201) + '&UTM_CONTENT=upper&utm_sourcex=y')).toEqual(NONE);
    expect(utmOf('utm_source=%E0%A4%A&utm_source=ok')).toMatchObject({ utm_source: 'ok' });
    expect(utmOf('utm_term=' + 'x'.repeat(200))).toMatchObject({ utm_term: 'x'.repeat(200) });
  });

  it('is all null without UTM parameters', () => {
    expect(utmOf('')).toEqual(NONE);
    expect(utmOf('gclid=abc&ref=x')).toEqual(NONE);
  });
});

describe('clickIdsOf', () => {
  it('lists the names of the ad click ids present, in a stable order, never their values', () => {
    const ids = clickIdsOf('gclid=G-SECRET&fbclid=F-SECRET&ref=x&gclid=again&msclkid');
    expect(ids).toEqual(CLICK_ID_PARAMS.filter((n) => ['gclid', 'fbclid', 'msclkid'].includes(n)));
    expect(ids.join(',')).not.toContain('SECRET');
  });

  it('knows every click id the redirect keeps, and nothing else', () => {
    expect(clickIdsOf(CLICK_ID_PARAMS.map((n) => `${n}=1`).join('&'))).toEqual([...CLICK_ID_PARAMS]);
    expect(clickIdsOf('')).toEqual([]);
    expect(clickIdsOf('utm_source=x&fbclidx=1&FBCLID=1')).toEqual([]);
  });
});
