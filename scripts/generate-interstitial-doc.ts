/**
 * Measures the interstitial and writes the sizes into docs/interstitial.md:
 * `npm run docs:interstitial`. The script is bundled exactly as the build does
 * (scripts/build-web.ts); the page is rendered without it, for one pixel and for all eleven
 * platforms with the consent prompt, around a realistic link (UTM values, click ids, tags).
 * test/docs/interstitial-doc.test.ts fails when the numbers in the page drift from these.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CATALOG } from '../src/core/pixels/catalog.js';
import { PLATFORMS } from '../src/core/pixels/platform.js';
import { EN_STRINGS, renderInterstitial, type InterstitialModel } from '../src/http/interstitial/render-page.js';
import { bundleInterstitial } from './build-web.js';
import { replaceGenerated, table } from './markdown-table.js';

export const INTERSTITIAL_DOC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/interstitial.md');
export const SIZES_SECTION = 'sizes';

const SAMPLE: InterstitialModel = {
  nonce: 'AAAAAAAAAAAAAAAAAAAAAA==',
  script: '',
  destination: 'https://shop.example/landing/spring?fbclid=IwAR0abc_DEF-123&gclid=Cj0KCQ_xyz&utm_source=news&utm_campaign=spring',
  timeoutMs: 800,
  clickId: 'clk_01m9091qfjd53bzcvaw4bxq8ee',
  pixels: [],
  event: { name: 'ricochet_click', params: { link_id: 'lnk_01m9091qfjd53bzcvaw4bxq8ee', tags: ['spring', 'sale'], utm_campaign: 'spring' } },
  googleConsent: { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' },
  beaconUrl: '/_r/beacon',
  prompt: null,
  lang: 'en',
};

export interface InterstitialSizes {
  script: number;
  scriptGzip: number;
  pageOnePixel: number;
  pageAllPixelsPrompt: number;
  /** The whole page, script inline, all eleven platforms with the prompt: raw and gzip -9. */
  wholePage: number;
  wholePageGzip: number;
}

export async function measureInterstitial(): Promise<InterstitialSizes> {
  const script = await bundleInterstitial();
  const pixels = PLATFORMS.map((platform) => ({ id: `pix_${platform}`, platform, tagId: CATALOG[platform].example }));
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  const one = renderInterstitial({ ...SAMPLE, pixels: [pixels[0]!] }).html;
  const allModel: InterstitialModel = {
    ...SAMPLE,
    pixels,
    prompt: { privacyPolicyUrl: 'https://brand.example/privacy', cookieName: 'ricochet_consent', cookieMaxAgeSeconds: 15_552_000, secure: true, strings: EN_STRINGS },
  };
  const all = renderInterstitial(allModel).html;
  const whole = renderInterstitial({ ...allModel, script }).html;
  return {
    script: bytes(script),
    scriptGzip: gzipSync(script, { level: 9 }).length,
    pageOnePixel: bytes(one),
    pageAllPixelsPrompt: bytes(all),
    wholePage: bytes(whole),
    wholePageGzip: gzipSync(whole, { level: 9 }).length,
  };
}

export function renderSizes(current: string, sizes: InterstitialSizes): string {
  const b = (n: number) => `${n.toLocaleString('en')} B`;
  return replaceGenerated(
    current,
    SIZES_SECTION,
    table(
      ['What', 'Size'],
      [
        ['Minified script', b(sizes.script)],
        ['Script, gzip -9', b(sizes.scriptGzip)],
        ['Page without the script, 1 pixel', b(sizes.pageOnePixel)],
        ['Page without the script, 11 pixels and the consent prompt', b(sizes.pageAllPixelsPrompt)],
        ['Whole page, 11 pixels and the prompt', b(sizes.wholePage)],
        ['Whole page, 11 pixels and the prompt, gzip -9', b(sizes.wholePageGzip)],
      ],
    ),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = await measureInterstitial();
  fs.writeFileSync(INTERSTITIAL_DOC, renderSizes(fs.readFileSync(INTERSTITIAL_DOC, 'utf8'), sizes));
  process.stdout.write(`docs/interstitial.md: ${JSON.stringify(sizes)}\n`);
}
