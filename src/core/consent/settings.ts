/**
 * Consent settings, set per workspace and optionally overridden per link (docs/consent.md).
 *
 * - `policy`: `regional` asks for consent only in opt-in regions, `always` everywhere,
 *   `never` nowhere (the operator takes responsibility).
 * - `optInAction`: what to do when consent is needed and not yet given: `skip` the pixels
 *   (plain redirect) or `ask` on the interstitial.
 */
export const CONSENT_POLICIES = ['regional', 'always', 'never'] as const;
export type ConsentPolicy = (typeof CONSENT_POLICIES)[number];

export const OPT_IN_ACTIONS = ['skip', 'ask'] as const;
export type OptInAction = (typeof OPT_IN_ACTIONS)[number];

export interface ConsentSettings {
  policy: ConsentPolicy;
  optInAction: OptInAction;
}

export const DEFAULT_CONSENT: ConsentSettings = Object.freeze({ policy: 'regional', optInAction: 'skip' });

/** A link may override either field; absent fields fall back to the workspace. */
export type ConsentOverride = Partial<ConsentSettings>;

export function effectiveConsent(workspace: ConsentSettings, link: ConsentOverride | null): ConsentSettings {
  return {
    policy: link?.policy ?? workspace.policy,
    optInAction: link?.optInAction ?? workspace.optInAction,
  };
}
