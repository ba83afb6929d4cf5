import { randomBytes } from 'node:crypto';
import { bundleInterstitial } from '../../../scripts/build-web.js';
import { CATALOG } from '../../../src/core/pixels/catalog.js';
import type { Platform, PixelRef } from '../../../src/core/pixels/platform.js';
import { EN_STRINGS, renderInterstitial, type InterstitialModel } from '../../../src/http/interstitial/render-page.js';
import type { ServedPage } from './page-server.js';

export const CLICK_ID = 'clk_7f3a9c2e';
export const EVENT_NAME = 'ricochet_click';
export const BEACON_PATH = '/_r/beacon';
export const COOKIE_NAME = 'rc_consent';

/** A destination whose query carries ad click ids and UTMs that must arrive untouched. */
export const DESTINATION =
  'https://shop.example/landing/spring?fbclid=IwAR0abc_DEF-123&gclid=Cj0KCQ_xyz&ttclid=E.C.P.abc&msclkid=m5&utm_source=news&utm_campaign=spring+sale&q=a%2Fb';

let script: Promise<string> | undefined;
/** The real minified interstitial script, built once per test file. */
export function interstitialScript(): Promise<string> {
  script ??= bundleInterstitial();
  return script;
}

/** A pixel of `platform` with that platform's example id (or `tagId`). */
export function pixel(platform: Platform, n = 1, tagId = CATALOG[platform].example): PixelRef {
  return { id: `px_${platform}_${n}`, platform, tagId };
}

export function makeModel(scriptText: string, overrides: Partial<InterstitialModel> = {}): InterstitialModel {
  return {
    nonce: randomBytes(16).toString('base64'),
    script: scriptText,
    destination: DESTINATION,
    timeoutMs: 800,
    clickId: CLICK_ID,
    pixels: [],
    event: { name: EVENT_NAME, params: { link_id: 'lnk_42', tags: ['spring', 'sale'], utm_campaign: 'spring sale' } },
    googleConsent: { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' },
    beaconUrl: BEACON_PATH,
    prompt: null,
    lang: 'en',
    ...overrides,
  };
}

export function promptFor(overrides: Partial<NonNullable<InterstitialModel['prompt']>> = {}): NonNullable<InterstitialModel['prompt']> {
  return {
    privacyPolicyUrl: 'https://brand.example/privacy',
    cookieName: COOKIE_NAME,
    cookieMaxAgeSeconds: 180 * 24 * 3600,
    secure: false,
    strings: EN_STRINGS,
    ...overrides,
  };
}

export async function renderPage(overrides: Partial<InterstitialModel> = {}): Promise<ServedPage> {
  return renderInterstitial(makeModel(await interstitialScript(), overrides));
}
