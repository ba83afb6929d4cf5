import type { ConsentSettings } from './consent/settings.js';

export interface Workspace {
  id: string;
  name: string;
  consent: ConsentSettings;
  /** Linked from the consent prompt. */
  privacyPolicyUrl: string | null;
  /** IANA zone used to bucket stats by day. */
  timeZone: string;
  createdAt: number;
  updatedAt: number;
}
