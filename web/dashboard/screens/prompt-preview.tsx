/**
 * The consent prompt as a visitor sees it, in the settings on screen (saved or not): the same
 * words (src/core/consent/prompt-strings.ts), brand colour with the same text-colour rule
 * (src/core/consent/brand-color.ts) and logo as the interstitial (src/http/interstitial/render-page.ts).
 */
import { DEFAULT_BRAND_COLOR, isBrandColor, textOn } from '../../../src/core/consent/brand-color.js';
import { PROMPT_STRINGS, type PromptLanguage } from '../../../src/core/consent/prompt-strings.js';
import { CATALOG } from '../../../src/core/pixels/catalog.js';
import type { Pixel } from '../lib/types.js';

export function PromptPreview({ language, brandColor, logoUrl, privacyUrl, pixels }: { language: PromptLanguage; brandColor: string; logoUrl: string; privacyUrl: string; pixels: Pixel[] }) {
  const s = PROMPT_STRINGS[language];
  const brand = isBrandColor(brandColor) ? brandColor : DEFAULT_BRAND_COLOR;
  const names = [...new Set((pixels.length ? pixels : [{ platform: 'meta' as const }]).map((p) => CATALOG[p.platform].label))];
  let list = names.join(', ');
  try {
    list = new Intl.ListFormat(language, { type: 'conjunction' }).format(names);
  } catch {
    // Older browsers: commas.
  }
  const logo = /^https:\/\//.test(logoUrl) ? logoUrl : '';
  const button = { background: brand, color: textOn(brand) };
  return (
    <div class="prompt-stage" lang={language} data-testid="prompt-preview">
      <div class="prompt-card">
        {logo && <img src={logo} alt="" height={40} />}
        <h3>{s.title}</h3>
        <p>{s.body.replaceAll('{platforms}', list)}</p>
        <div class="choices" aria-hidden="true">
          <span style={button}>{s.accept}</span>
          <span style={button}>{s.decline}</span>
        </div>
        <p class="small-print">
          <u>{s.continueWithout}</u>
          {privacyUrl && (
            <>
              {' · '}
              <u>{s.privacyPolicy}</u>
            </>
          )}
        </p>
      </div>
    </div>
  );
}
