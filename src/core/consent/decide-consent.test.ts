import { describe, expect, it } from 'vitest';
import type { PixelRef, Platform } from '../pixels/platform.js';
import type { ConsentChoice } from './cookie.js';
import type { ConsentDecision, ConsentOutcome, GoogleConsent, PixelVerdict } from './consent-decision.js';
import { decideConsent, type ConsentInput } from './decide-consent.js';
import type { ConsentPolicy, OptInAction } from './settings.js';
import type { TcfSignal } from './tcf-signal.js';

// ── Fixtures ─────────────────────────────────────────────────────────────────────────────────
// A workspace with a Google Ads, a LinkedIn and a Meta pixel (TCF vendors 755, 804, none).
const pixel = (id: string, platform: Platform, tagId: string): PixelRef => ({ id, platform, tagId });
const GOOGLE = pixel('px_google', 'google_ads', 'AW-123456789');
const LINKEDIN = pixel('px_linkedin', 'linkedin', '1234567');
const META = pixel('px_meta', 'meta', '123456789012345');
const WORKSPACE_PIXELS = [GOOGLE, LINKEDIN, META];

const tcf = (purposes: number[], vendors: number[], restricted: number[] = []): TcfSignal => ({
  status: 'valid',
  purposeConsents: new Set(purposes),
  vendorConsents: new Set(vendors),
  restrictedVendors: new Set(restricted),
});
/** A TC string consenting to purposes 1, 3, 4, 7 and to Google (755) only: LinkedIn (804) is refused. */
const TCF_WITH_VENDOR = tcf([1, 2, 3, 4, 7], [755]);
/** Same purposes, but none of our pixels' vendors (only Microsoft 1126, which this workspace lacks). */
const TCF_WITHOUT_VENDOR = tcf([1, 2, 3, 4, 7], [1126]);

type Region = 'US' | 'DE' | 'GB' | 'unknown';
type Signal = 'none' | 'gpc' | 'accept' | 'decline' | 'tcf+' | 'tcf-';

function input(region: Region, signal: Signal, policy: ConsentPolicy, action: OptInAction): ConsentInput {
  return {
    settings: { policy, optInAction: action },
    country: region === 'unknown' ? null : region,
    gpc: signal === 'gpc',
    cookie: signal === 'accept' || signal === 'decline' ? (signal satisfies ConsentChoice) : null,
    tcf: signal === 'tcf+' ? TCF_WITH_VENDOR : signal === 'tcf-' ? TCF_WITHOUT_VENDOR : null,
    pixels: WORKSPACE_PIXELS,
    bot: false,
  };
}

// ── Compact notation, decoded for the assertions ─────────────────────────────────────────────
// Per-pixel codes, in the order Google Ads, LinkedIn, Meta:
//   F fire · A skip awaiting_choice (the prompt) · N skip no_consent · P skip gpc
//   D skip declined · T skip tcf_denied · B skip bot
// Google Consent Mode, in the order ad_storage, ad_user_data, ad_personalization,
// analytics_storage: + granted, - denied.
const CODES = { A: 'awaiting_choice', N: 'no_consent', P: 'gpc', D: 'declined', T: 'tcf_denied', B: 'bot' } as const;

function verdictCodes(decision: ConsentDecision): string {
  return decision.verdicts
    .map((v) => (v.verdict === 'fire' ? 'F' : Object.entries(CODES).find(([, reason]) => reason === v.reason)?.[0] ?? '?'))
    .join('');
}
function googleCodes(g: GoogleConsent): string {
  return [g.ad_storage, g.ad_user_data, g.ad_personalization, g.analytics_storage].map((v) => (v === 'granted' ? '+' : '-')).join('');
}

type Row = [region: Region, signal: Signal, policy: ConsentPolicy, action: OptInAction, pixels: string, ask: boolean, outcome: ConsentOutcome, google: string];

/**
 * The full matrix (docs/consent.md), written out: region × signal × policy × action.
 * Reading guide: under `regional` a US visitor needs no consent unless the URL carries a TC
 * string (`gdpr=1` → fail closed); DE, GB and unknown always do; `always` behaves like an
 * opt-in region everywhere; `never` fires everything except where the visitor refused (GPC,
 * Decline, or a TC string refusing the vendor). A TC string grants only vendors (Google here),
 * never Meta.
 */
const MATRIX: Row[] = [
  //region    signal      policy      action  pixels ask    outcome              google
  // ── policy regional ────────────────────────────────────────────────────────────
  ['US',      'none',    'regional', 'skip', 'FFF', false, 'not_required',      '++++'],
  ['US',      'none',    'regional', 'ask',  'FFF', false, 'not_required',      '++++'],
  ['US',      'gpc',     'regional', 'skip', 'PPP', false, 'suppressed_gpc',    '----'],
  ['US',      'gpc',     'regional', 'ask',  'PPP', false, 'suppressed_gpc',    '----'],
  ['US',      'accept',  'regional', 'skip', 'FFF', false, 'not_required',      '++++'],
  ['US',      'accept',  'regional', 'ask',  'FFF', false, 'not_required',      '++++'],
  ['US',      'decline', 'regional', 'skip', 'DDD', false, 'denied_cookie',     '----'],
  ['US',      'decline', 'regional', 'ask',  'DDD', false, 'denied_cookie',     '----'],
  ['US',      'tcf+',    'regional', 'skip', 'FTN', false, 'granted_tcf',       '++++'],
  ['US',      'tcf+',    'regional', 'ask',  'FTA', true,  'prompt',            '++++'],
  ['US',      'tcf-',    'regional', 'skip', 'TTN', false, 'denied_tcf',        '----'],
  ['US',      'tcf-',    'regional', 'ask',  'TTA', true,  'prompt',            '----'],
  ['DE',      'none',    'regional', 'skip', 'NNN', false, 'suppressed_region', '----'],
  ['DE',      'none',    'regional', 'ask',  'AAA', true,  'prompt',            '----'],
  ['DE',      'gpc',     'regional', 'skip', 'PPP', false, 'suppressed_gpc',    '----'],
  ['DE',      'gpc',     'regional', 'ask',  'PPP', false, 'suppressed_gpc',    '----'],
  ['DE',      'accept',  'regional', 'skip', 'FFF', false, 'granted_cookie',    '++++'],
  ['DE',      'accept',  'regional', 'ask',  'FFF', false, 'granted_cookie',    '++++'],
  ['DE',      'decline', 'regional', 'skip', 'DDD', false, 'denied_cookie',     '----'],
  ['DE',      'decline', 'regional', 'ask',  'DDD', false, 'denied_cookie',     '----'],
  ['DE',      'tcf+',    'regional', 'skip', 'FTN', false, 'granted_tcf',       '++++'],
  ['DE',      'tcf+',    'regional', 'ask',  'FTA', true,  'prompt',            '++++'],
  ['DE',      'tcf-',    'regional', 'skip', 'TTN', false, 'denied_tcf',        '----'],
  ['DE',      'tcf-',    'regional', 'ask',  'TTA', true,  'prompt',            '----'],
  ['GB',      'none',    'regional', 'skip', 'NNN', false, 'suppressed_region', '----'],
  ['GB',      'none',    'regional', 'ask',  'AAA', true,  'prompt',            '----'],
  ['GB',      'gpc',     'regional', 'skip', 'PPP', false, 'suppressed_gpc',    '----'],
  ['GB',      'gpc',     'regional', 'ask',  'PPP', false, 'suppressed_gpc',    '----'],
  ['GB',      'accept',  'regional', 'skip', 'FFF', false, 'granted_cookie',    '++++'],
  ['GB',      'accept',  'regional', 'ask',  'FFF', false, 'granted_cookie',    '++++'],
  ['GB',      'decline', 'regional', 'skip', 'DDD', false, 'denied_cookie',     '----'],
  ['GB',      'decline', 'regional', 'ask',  'DDD', false, 'denied_cookie',     '----'],
  ['GB',      'tcf+',    'regional', 'skip', 'FTN', false, 'granted_tcf',       '++++'],
  ['GB',      'tcf+',    'regional', 'ask',  'FTA', true,  'prompt',            '++++'],
  ['GB',      'tcf-',    'regional', 'skip', 'TTN', false, 'denied_tcf',        '----'],
  ['GB',      'tcf-',    'regional', 'ask',  'TTA', true,  'prompt',            '----'],
  ['unknown', 'none',    'regional', 'skip', 'NNN', false, 'suppressed_region', '----'],
  ['unknown', 'none',    'regional', 'ask',  'AAA', true,  'prompt',            '----'],
  ['unknown', 'gpc',     'regional', 'skip', 'PPP', false, 'suppressed_gpc',    '----'],
  ['unknown', 'gpc',     'regional', 'ask',  'PPP', false, 'suppressed_gpc',    '----'],
  ['unknown', 'accept',  'regional', 'skip', 'FFF', false, 'granted_cookie',    '++++'],
  ['unknown', 'accept',  'regional', 'ask',  'FFF', false, 'granted_cookie',    '++++'],
  ['unknown', 'decline', 'regional', 'skip', 'DDD', false, 'denied_cookie',     '----'],
  ['unknown', 'decline', 'regional', 'ask',  'DDD', false, 'denied_cookie',     '----'],
  ['unknown', 'tcf+',    'regional', 'skip', 'FTN', false, 'granted_tcf',       '++++'],
  ['unknown', 'tcf+',    'regional', 'ask',  'FTA', true,  'prompt',            '++++'],
  ['unknown', 'tcf-',    'regional', 'skip', 'TTN', false, 'denied_tcf',        '----'],
  ['unknown', 'tcf-',    'regional', 'ask',  'TTA', true,  'prompt',            '----'],
  // ── policy always ────────────────────────────────────────────────────────────
  ['US',      'none',    'always',   'skip', 'NNN', false, 'suppressed_region', '----'],
  ['US',      'none',    'always',   'ask',  'AAA', true,  'prompt',            '----'],
  ['US',      'gpc',     'always',   'skip', 'PPP', false, 'suppressed_gpc',    '----'],
  ['US',      'gpc',     'always',   'ask',  'PPP', false, 'suppressed_gpc',    '----'],
  ['US',      'accept',  'always',   'skip', 'FFF', false, 'granted_cookie',    '++++'],
  ['US',      'accept',  'always',   'ask',  'FFF', false, 'granted_cookie',    '++++'],
  ['US',      'decline', 'always',   'skip', 'DDD', false, 'denied_cookie',     '----'],
  ['US',      'decline', 'always',   'ask',  'DDD', false, 'denied_cookie',     '----'],
  ['US',      'tcf+',    'always',   'skip', 'FTN', false, 'granted_tcf',       '++++'],
  ['US',      'tcf+',    'always',   'ask',  'FTA', true,  'prompt',            '++++'],
  ['US',      'tcf-',    'always',   'skip', 'TTN', false, 'denied_tcf',        '----'],
  ['US',      'tcf-',    'always',   'ask',  'TTA', true,  'prompt',            '----'],
  ['DE',      'none',    'always',   'skip', 'NNN', false, 'suppressed_region', '----'],
  ['DE',      'none',    'always',   'ask',  'AAA', true,  'prompt',            '----'],
  ['DE',      'gpc',     'always',   'skip', 'PPP', false, 'suppressed_gpc',    '----'],
  ['DE',      'gpc',     'always',   'ask',  'PPP', false, 'suppressed_gpc',    '----'],
  ['DE',      'accept',  'always',   'skip', 'FFF', false, 'granted_cookie',    '++++'],
  ['DE',      'accept',  'always',   'ask',  'FFF', false, 'granted_cookie',    '++++'],
  ['DE',      'decline', 'always',   'skip', 'DDD', false, 'denied_cookie',     '----'],
  ['DE',      'decline', 'always',   'ask',  'DDD', false, 'denied_cookie',     '----'],
  ['DE',      'tcf+',    'always',   'skip', 'FTN', false, 'granted_tcf',       '++++'],
  ['DE',      'tcf+',    'always',   'ask',  'FTA', true,  'prompt',            '++++'],
  ['DE',      'tcf-',    'always',   'skip', 'TTN', false, 'denied_tcf',        '----'],
  ['DE',      'tcf-',    'always',   'ask',  'TTA', true,  'prompt',            '----'],
  ['GB',      'none',    'always',   'skip', 'NNN', false, 'suppressed_region', '----'],
  ['GB',      'none',    'always',   'ask',  'AAA', true,  'prompt',            '----'],
  ['GB',      'gpc',     'always',   'skip', 'PPP', false, 'suppressed_gpc',    '----'],
  ['GB',      'gpc',     'always',   'ask',  'PPP', false, 'suppressed_gpc',    '----'],
  ['GB',      'accept',  'always',   'skip', 'FFF', false, 'granted_cookie',    '++++'],
  ['GB',      'accept',  'always',   'ask',  'FFF', false, 'granted_cookie',    '++++'],
  ['GB',      'decline', 'always',   'skip', 'DDD', false, 'denied_cookie',     '----'],
  ['GB',      'decline', 'always',   'ask',  'DDD', false, 'denied_cookie',     '----'],
  ['GB',      'tcf+',    'always',   'skip', 'FTN', false, 'granted_tcf',       '++++'],
  ['GB',      'tcf+',    'always',   'ask',  'FTA', true,  'prompt',            '++++'],
  ['GB',      'tcf-',    'always',   'skip', 'TTN', false, 'denied_tcf',        '----'],
  ['GB',      'tcf-',    'always',   'ask',  'TTA', true,  'prompt',            '----'],
  ['unknown', 'none',    'always',   'skip', 'NNN', false, 'suppressed_region', '----'],
  ['unknown', 'none',    'always',   'ask',  'AAA', true,  'prompt',            '----'],
  ['unknown', 'gpc',     'always',   'skip', 'PPP', false, 'suppressed_gpc',    '----'],
  ['unknown', 'gpc',     'always',   'ask',  'PPP', false, 'suppressed_gpc',    '----'],
  ['unknown', 'accept',  'always',   'skip', 'FFF', false, 'granted_cookie',    '++++'],
  ['unknown', 'accept',  'always',   'ask',  'FFF', false, 'granted_cookie',    '++++'],
  ['unknown', 'decline', 'always',   'skip', 'DDD', false, 'denied_cookie',     '----'],
  ['unknown', 'decline', 'always',   'ask',  'DDD', false, 'denied_cookie',     '----'],
  ['unknown', 'tcf+',    'always',   'skip', 'FTN', false, 'granted_tcf',       '++++'],
  ['unknown', 'tcf+',    'always',   'ask',  'FTA', true,  'prompt',            '++++'],
  ['unknown', 'tcf-',    'always',   'skip', 'TTN', false, 'denied_tcf',        '----'],
  ['unknown', 'tcf-',    'always',   'ask',  'TTA', true,  'prompt',            '----'],
  // ── policy never ────────────────────────────────────────────────────────────
  ['US',      'none',    'never',    'skip', 'FFF', false, 'policy_never',      '++++'],
  ['US',      'none',    'never',    'ask',  'FFF', false, 'policy_never',      '++++'],
  ['US',      'gpc',     'never',    'skip', 'PPP', false, 'suppressed_gpc',    '----'],
  ['US',      'gpc',     'never',    'ask',  'PPP', false, 'suppressed_gpc',    '----'],
  ['US',      'accept',  'never',    'skip', 'FFF', false, 'policy_never',      '++++'],
  ['US',      'accept',  'never',    'ask',  'FFF', false, 'policy_never',      '++++'],
  ['US',      'decline', 'never',    'skip', 'DDD', false, 'denied_cookie',     '----'],
  ['US',      'decline', 'never',    'ask',  'DDD', false, 'denied_cookie',     '----'],
  ['US',      'tcf+',    'never',    'skip', 'FTF', false, 'policy_never',      '++++'],
  ['US',      'tcf+',    'never',    'ask',  'FTF', false, 'policy_never',      '++++'],
  ['US',      'tcf-',    'never',    'skip', 'TTF', false, 'policy_never',      '----'],
  ['US',      'tcf-',    'never',    'ask',  'TTF', false, 'policy_never',      '----'],
  ['DE',      'none',    'never',    'skip', 'FFF', false, 'policy_never',      '++++'],
  ['DE',      'none',    'never',    'ask',  'FFF', false, 'policy_never',      '++++'],
  ['DE',      'gpc',     'never',    'skip', 'PPP', false, 'suppressed_gpc',    '----'],
  ['DE',      'gpc',     'never',    'ask',  'PPP', false, 'suppressed_gpc',    '----'],
  ['DE',      'accept',  'never',    'skip', 'FFF', false, 'policy_never',      '++++'],
  ['DE',      'accept',  'never',    'ask',  'FFF', false, 'policy_never',      '++++'],
  ['DE',      'decline', 'never',    'skip', 'DDD', false, 'denied_cookie',     '----'],
  ['DE',      'decline', 'never',    'ask',  'DDD', false, 'denied_cookie',     '----'],
  ['DE',      'tcf+',    'never',    'skip', 'FTF', false, 'policy_never',      '++++'],
  ['DE',      'tcf+',    'never',    'ask',  'FTF', false, 'policy_never',      '++++'],
  ['DE',      'tcf-',    'never',    'skip', 'TTF', false, 'policy_never',      '----'],
  ['DE',      'tcf-',    'never',    'ask',  'TTF', false, 'policy_never',      '----'],
  ['GB',      'none',    'never',    'skip', 'FFF', false, 'policy_never',      '++++'],
  ['GB',      'none',    'never',    'ask',  'FFF', false, 'policy_never',      '++++'],
  ['GB',      'gpc',     'never',    'skip', 'PPP', false, 'suppressed_gpc',    '----'],
  ['GB',      'gpc',     'never',    'ask',  'PPP', false, 'suppressed_gpc',    '----'],
  ['GB',      'accept',  'never',    'skip', 'FFF', false, 'policy_never',      '++++'],
  ['GB',      'accept',  'never',    'ask',  'FFF', false, 'policy_never',      '++++'],
  ['GB',      'decline', 'never',    'skip', 'DDD', false, 'denied_cookie',     '----'],
  ['GB',      'decline', 'never',    'ask',  'DDD', false, 'denied_cookie',     '----'],
  ['GB',      'tcf+',    'never',    'skip', 'FTF', false, 'policy_never',      '++++'],
  ['GB',      'tcf+',    'never',    'ask',  'FTF', false, 'policy_never',      '++++'],
  ['GB',      'tcf-',    'never',    'skip', 'TTF', false, 'policy_never',      '----'],
  ['GB',      'tcf-',    'never',    'ask',  'TTF', false, 'policy_never',      '----'],
  ['unknown', 'none',    'never',    'skip', 'FFF', false, 'policy_never',      '++++'],
  ['unknown', 'none',    'never',    'ask',  'FFF', false, 'policy_never',      '++++'],
  ['unknown', 'gpc',     'never',    'skip', 'PPP', false, 'suppressed_gpc',    '----'],
  ['unknown', 'gpc',     'never',    'ask',  'PPP', false, 'suppressed_gpc',    '----'],
  ['unknown', 'accept',  'never',    'skip', 'FFF', false, 'policy_never',      '++++'],
  ['unknown', 'accept',  'never',    'ask',  'FFF', false, 'policy_never',      '++++'],
  ['unknown', 'decline', 'never',    'skip', 'DDD', false, 'denied_cookie',     '----'],
  ['unknown', 'decline', 'never',    'ask',  'DDD', false, 'denied_cookie',     '----'],
  ['unknown', 'tcf+',    'never',    'skip', 'FTF', false, 'policy_never',      '++++'],
  ['unknown', 'tcf+',    'never',    'ask',  'FTF', false, 'policy_never',      '++++'],
  ['unknown', 'tcf-',    'never',    'skip', 'TTF', false, 'policy_never',      '----'],
  ['unknown', 'tcf-',    'never',    'ask',  'TTF', false, 'policy_never',      '----'],
];

describe('decideConsent — full matrix (region × signal × policy × action)', () => {
  it('covers every combination exactly once', () => {
    const keys = new Set(MATRIX.map(([r, s, p, a]) => `${r}/${s}/${p}/${a}`));
    expect(MATRIX).toHaveLength(4 * 6 * 3 * 2);
    expect(keys.size).toBe(MATRIX.length);
  });

  it.each(MATRIX)('%s · %s · %s · %s → %s ask=%s %s %s', (region, signal, policy, action, pixels, ask, outcome, google) => {
    const decision = decideConsent(input(region, signal, policy, action));
    expect(verdictCodes(decision)).toBe(pixels);
    expect(decision.ask).toBe(ask);
    expect(decision.outcome).toBe(outcome);
    expect(googleCodes(decision.googleConsent)).toBe(google);
    expect(decision.verdicts.map((v) => v.pixel)).toEqual(WORKSPACE_PIXELS); // one verdict per pixel, in order
  });
});

describe('decideConsent — beyond the matrix', () => {
  const DE_SKIP = input('DE', 'none', 'regional', 'skip');
  const verdictOf = (d: ConsentDecision, p: PixelRef): PixelVerdict | undefined => d.verdicts.find((v) => v.pixel === p);

  it('bots never get pixels, whatever the signals and policy', () => {
    const d = decideConsent({ ...input('US', 'accept', 'never', 'skip'), bot: true });
    expect(d).toMatchObject({ outcome: 'bot', ask: false });
    expect(verdictCodes(d)).toBe('BBB');
    expect(googleCodes(d.googleConsent)).toBe('----');
  });

  it('a link without pixels has nothing to decide', () => {
    const d = decideConsent({ ...DE_SKIP, pixels: [] });
    expect(d).toMatchObject({ outcome: 'no_pixels', ask: false, verdicts: [] });
    expect(googleCodes(d.googleConsent)).toBe('----');
  });

  it('records why pixels fire (basis) and why they do not (reason)', () => {
    const d = decideConsent(input('DE', 'tcf+', 'regional', 'ask'));
    expect(verdictOf(d, GOOGLE)).toEqual({ pixel: GOOGLE, verdict: 'fire', basis: 'tcf' });
    expect(verdictOf(d, LINKEDIN)).toEqual({ pixel: LINKEDIN, verdict: 'skip', reason: 'tcf_denied' });
    expect(verdictOf(d, META)).toEqual({ pixel: META, verdict: 'skip', reason: 'awaiting_choice' });
    expect(decideConsent(input('US', 'none', 'regional', 'skip')).verdicts[0]).toMatchObject({ basis: 'not_required' });
    expect(decideConsent(input('US', 'none', 'never', 'skip')).verdicts[0]).toMatchObject({ basis: 'policy_never' });
    expect(decideConsent(input('DE', 'accept', 'regional', 'skip')).verdicts[0]).toMatchObject({ basis: 'cookie' });
  });

  it('reports whether consent was required', () => {
    expect(decideConsent(input('US', 'none', 'regional', 'skip')).required).toBe(false);
    expect(decideConsent(input('US', 'tcf-', 'regional', 'skip')).required).toBe(true); // gdpr=1 → fail closed
    expect(decideConsent(input('US', 'none', 'always', 'skip')).required).toBe(true);
    expect(decideConsent(input('DE', 'none', 'never', 'skip')).required).toBe(false);
  });

  // Precedence: GPC > Decline > TC refusal > (not required) > Accept > TC grant > ask/skip
  const precedence: [label: string, over: Partial<ConsentInput>, pixels: string, outcome: ConsentOutcome, google: string][] = [
    ['GPC beats an Accept cookie', { gpc: true, cookie: 'accept' }, 'PPP', 'suppressed_gpc', '----'],
    ['GPC beats a TC grant', { gpc: true, tcf: TCF_WITH_VENDOR }, 'PPP', 'suppressed_gpc', '----'],
    ['Decline beats a TC grant', { cookie: 'decline', tcf: TCF_WITH_VENDOR }, 'DDD', 'denied_cookie', '----'],
    ['a TC refusal beats an Accept cookie, per vendor', { cookie: 'accept', tcf: TCF_WITH_VENDOR }, 'FTF', 'granted_cookie', '++++'],
    ['Accept + a TC string refusing both vendors: Meta still fires', { cookie: 'accept', tcf: TCF_WITHOUT_VENDOR }, 'TTF', 'granted_cookie', '----'],
    ['gdpr=1 with a malformed string grants nothing (skip)', { tcf: { status: 'invalid' } }, 'NNN', 'suppressed_region', '----'],
    ['gdpr=1 with a malformed string in the US still requires consent', { country: 'US', tcf: { status: 'invalid' } }, 'NNN', 'suppressed_region', '----'],
    ['gdpr=1 with a malformed string under never changes nothing', { settings: { policy: 'never', optInAction: 'skip' }, tcf: { status: 'invalid' } }, 'FFF', 'policy_never', '++++'],
    ['vendor consent without purpose 3 → refused', { tcf: tcf([1, 4, 7], [755, 804]) }, 'TTN', 'denied_tcf', '----'],
    ['vendor consent without purpose 1 → refused', { tcf: tcf([3, 4, 7], [755, 804]) }, 'TTN', 'denied_tcf', '----'],
    ['publisher restriction against 755 → Google refused', { tcf: tcf([1, 3, 4, 7], [755, 804], [755]) }, 'TFN', 'granted_tcf', '----'],
    ['no purpose 7: ad_user_data denied', { tcf: tcf([1, 3, 4], [755, 804]) }, 'FFN', 'granted_tcf', '+-++'],
    ['no purpose 7, Accept cookie: the TC refusal of 7 still wins for ad_user_data', { cookie: 'accept', tcf: tcf([1, 3, 4], [755, 804]) }, 'FFF', 'granted_cookie', '+-++'],
    ['a TC string naming every vendor id still cannot grant Meta', { tcf: tcf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], Array.from({ length: 2000 }, (_, i) => i + 1)) }, 'FFN', 'granted_tcf', '++++'],
  ];
  it.each(precedence)('%s', (_label, over, pixels, outcome, google) => {
    const d = decideConsent({ ...DE_SKIP, ...over });
    expect(verdictCodes(d)).toBe(pixels);
    expect(d.outcome).toBe(outcome);
    expect(googleCodes(d.googleConsent)).toBe(google);
  });

  it('a TC string alone, with only a non-vendor pixel, is not called a TCF denial', () => {
    const d = decideConsent({ ...DE_SKIP, pixels: [META], tcf: TCF_WITH_VENDOR });
    expect(verdictCodes(d)).toBe('N');
    expect(d.outcome).toBe('suppressed_region');
  });

  it('maps every platform to its TCF vendor: GA4 as Google 755, Microsoft 1126; TikTok/X/… never granted', () => {
    const all: PixelRef[] = [
      pixel('g4', 'ga4', 'G-ABCDEFGHIJ'),
      pixel('ms', 'microsoft', '12345678'),
      pixel('tt', 'tiktok', 'C1234567890123456789'),
      pixel('x', 'x', 'o5h34'),
      pixel('pin', 'pinterest', '2612345678901'),
      pixel('snap', 'snapchat', '00000000-0000-0000-0000-000000000000'),
      pixel('rd', 'reddit', 'a2_abcdefghijkl'),
      pixel('q', 'quora', '0123456789abcdef0123456789abcdef'),
    ];
    const d = decideConsent({ ...DE_SKIP, pixels: all, tcf: tcf([1, 3, 4, 7], [755, 1126]) });
    expect(verdictCodes(d)).toBe('FFNNNNNN');
    expect(googleCodes(d.googleConsent)).toBe('++++'); // GA4 is a Google tag
    const refused = decideConsent({ ...DE_SKIP, pixels: all, tcf: tcf([1, 3, 4, 7], [804]) });
    expect(verdictCodes(refused)).toBe('TTNNNNNN');
  });

  it('Consent Mode is all denied when only non-Google pixels fire', () => {
    const d = decideConsent({ ...input('US', 'none', 'regional', 'skip'), pixels: [META, LINKEDIN] });
    expect(verdictCodes(d)).toBe('FF');
    expect(googleCodes(d.googleConsent)).toBe('----');
  });

  it('never throws, and fails closed, on odd country values', () => {
    for (const country of ['', 'xx', 'T1', 'Deutschland', '\r\n']) {
      expect(decideConsent({ ...DE_SKIP, country }).outcome).toBe('suppressed_region');
    }
  });
});
