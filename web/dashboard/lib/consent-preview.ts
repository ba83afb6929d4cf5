/**
 * What a visitor would get, computed in the browser by the server's own consent function
 * (src/core/consent/decide-consent.ts, pure and browser-safe), so the preview can never disagree
 * with the redirect path. This file only turns its decision into plain words.
 */
import { decideConsent } from '../../../src/core/consent/decide-consent.js';
import type { ConsentOutcome } from '../../../src/core/consent/consent-decision.js';
import { isOptInRegion } from '../../../src/core/consent/regions.js';
import type { ConsentSettings } from '../../../src/core/consent/settings.js';
import { CATALOG } from '../../../src/core/pixels/catalog.js';
import type { PixelRef, Platform } from '../../../src/core/pixels/platform.js';

export type CookieState = 'none' | 'accept' | 'decline';

export interface PreviewInput {
  settings: ConsentSettings;
  /** ISO alpha-2, or null for "unknown" (no geo data, VPN): counts as an opt-in region. */
  country: string | null;
  gpc: boolean;
  cookie: CookieState;
  pixels: readonly PixelRef[];
}

export interface Preview {
  /** What the visitor sees: a plain redirect, pixels firing on the way, or the Accept/Decline prompt. */
  kind: 'redirect' | 'fire' | 'prompt';
  title: string;
  reason: string;
  firing: string[];
  asking: string[];
  outcome: ConsentOutcome;
  /** Whether this visitor needs to opt in (policy × region). */
  consentNeeded: boolean;
  optInRegion: boolean;
}

const labelOf = (p: Platform) => CATALOG[p]?.label ?? p;
const unique = (xs: string[]) => [...new Set(xs)];

export function previewConsent(input: PreviewInput): Preview {
  const decision = decideConsent({
    settings: input.settings,
    country: input.country,
    gpc: input.gpc,
    cookie: input.cookie === 'none' ? null : input.cookie,
    tcf: null,
    pixels: input.pixels,
    bot: false,
  });
  const firing = unique(decision.verdicts.filter((v) => v.verdict === 'fire').map((v) => labelOf(v.pixel.platform)));
  const asking = unique(
    decision.verdicts.filter((v) => v.verdict === 'skip' && v.reason === 'awaiting_choice').map((v) => labelOf(v.pixel.platform)),
  );
  const base = {
    firing,
    asking,
    outcome: decision.outcome,
    consentNeeded: decision.required,
    optInRegion: isOptInRegion(input.country),
  };
  const list = (xs: string[]) => xs.join(', ');
  switch (decision.outcome) {
    case 'no_pixels':
      return { ...base, kind: 'redirect', title: 'Plain redirect', reason: 'The link has no pixels, so there is nothing to ask about.' };
    case 'suppressed_gpc':
      return {
        ...base,
        kind: 'redirect',
        title: 'Plain redirect, no pixels',
        reason: 'The browser sends Global Privacy Control (“do not sell or share”). Ricochet honours it under every policy.',
      };
    case 'denied_cookie':
      return { ...base, kind: 'redirect', title: 'Plain redirect, no pixels', reason: 'This visitor pressed Decline before on this short domain.' };
    case 'policy_never':
      return {
        ...base,
        kind: 'fire',
        title: `Pixels fire: ${list(firing)}`,
        reason: 'Policy “never ask”: pixels fire for everyone. You take responsibility for having consent.',
      };
    case 'not_required':
      return { ...base, kind: 'fire', title: `Pixels fire: ${list(firing)}`, reason: 'This visitor is outside the opt-in regions, so no consent is needed.' };
    case 'granted_cookie':
      return { ...base, kind: 'fire', title: `Pixels fire: ${list(firing)}`, reason: 'This visitor pressed Accept before on this short domain.' };
    case 'prompt':
      return {
        ...base,
        kind: 'prompt',
        title: 'Accept / Decline prompt',
        reason: `Consent is needed here. The page names ${list(asking)}; Accept fires them, Decline goes straight to the destination. The answer is remembered for 180 days.`,
      };
    case 'suppressed_region':
      return {
        ...base,
        kind: 'redirect',
        title: 'Plain redirect, no pixels',
        reason: 'Consent is needed here and the setting is to skip pixels rather than ask.',
      };
    default:
      // granted_tcf / denied_tcf need a TC string, which the preview does not simulate; bot is not offered.
      return { ...base, kind: firing.length ? 'fire' : 'redirect', title: firing.length ? `Pixels fire: ${list(firing)}` : 'Plain redirect', reason: '' };
  }
}
