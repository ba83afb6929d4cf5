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
  createdAt: number;
  updatedAt: number;
}
