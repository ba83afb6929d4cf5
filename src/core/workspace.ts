import type { ConsentSettings } from './consent/settings.js';

export interface Workspace {
  id: string;
  name: string;
  consent: ConsentSettings;
  /** Linked from the consent prompt. */
  privacyPolicyUrl: string | null;
  /** IANA zone used to bucket stats by day. */
  timeZone: string;
  /** New clicks of links that do not say otherwise carry their click id to the destination (docs/conversions.md). */
  conversionTracking: boolean;
  /** The consent prompt's look: accent colour (`#rrggbb`), logo (an https image) and language (null: the visitor's). */
  brand: WorkspaceBrand;
  createdAt: number;
  updatedAt: number;
}

export interface WorkspaceBrand {
  color: string | null;
  logoUrl: string | null;
  promptLanguage: string | null;
}

export const NO_BRAND: WorkspaceBrand = Object.freeze({ color: null, logoUrl: null, promptLanguage: null });
