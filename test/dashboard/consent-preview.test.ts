import { describe, expect, it } from 'vitest';
import { previewConsent } from '../../web/dashboard/lib/consent-preview.js';
import type { PixelRef } from '../../src/core/pixels/platform.js';

const pixels: PixelRef[] = [
  { id: 'p1', platform: 'meta', tagId: '123456789012345' },
  { id: 'p2', platform: 'google_ads', tagId: 'AW-1' },
];
const regional = { policy: 'regional', optInAction: 'skip' } as const;

describe('dashboard consent preview (the server’s decideConsent in plain words)', () => {
  it.each([
    ['US visitor, regional', { settings: regional, country: 'US' }, 'fire', 'not_required'],
    ['German visitor, regional + skip', { settings: regional, country: 'DE' }, 'redirect', 'suppressed_region'],
    ['unknown country counts as opt-in', { settings: regional, country: null }, 'redirect', 'suppressed_region'],
    ['German visitor, regional + ask', { settings: { policy: 'regional', optInAction: 'ask' }, country: 'DE' }, 'prompt', 'prompt'],
    ['accepted earlier', { settings: regional, country: 'DE', cookie: 'accept' }, 'fire', 'granted_cookie'],
    ['declined earlier, even under never', { settings: { policy: 'never', optInAction: 'skip' }, country: 'US', cookie: 'decline' }, 'redirect', 'denied_cookie'],
    ['GPC wins under every policy', { settings: { policy: 'never', optInAction: 'skip' }, country: 'US', gpc: true }, 'redirect', 'suppressed_gpc'],
    ['always asks a US visitor', { settings: { policy: 'always', optInAction: 'ask' }, country: 'US' }, 'prompt', 'prompt'],
  ] as const)('%s', (_name, input, kind, outcome) => {
    const p = previewConsent({ gpc: false, cookie: 'none', pixels, ...input });
    expect(p.kind).toBe(kind);
    expect(p.outcome).toBe(outcome);
  });

  it('names the platforms that fire or are asked about', () => {
    expect(previewConsent({ settings: regional, country: 'US', gpc: false, cookie: 'none', pixels }).title).toBe('Pixels fire: Meta, Google Ads');
    expect(previewConsent({ settings: { policy: 'always', optInAction: 'ask' }, country: 'US', gpc: false, cookie: 'none', pixels }).asking).toEqual([
      'Meta',
      'Google Ads',
    ]);
  });

  it('a link without pixels is a plain redirect', () => {
    expect(previewConsent({ settings: regional, country: 'US', gpc: false, cookie: 'none', pixels: [] }).kind).toBe('redirect');
  });
});
