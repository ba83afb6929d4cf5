import { z } from '@hono/zod-openapi';
import { CONSENT_POLICIES, OPT_IN_ACTIONS } from '../../../core/consent/settings.js';
import { ROLES } from '../../../core/roles.js';
import { urlString } from './common.js';

const timeZone = z.string().max(64).refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'Unknown IANA time zone.' },
);

export const WorkspaceUpdate = z
  .strictObject({
    name: z.string().trim().min(1, 'must not be blank').max(100).optional(),
    consent: z.strictObject({ policy: z.enum(CONSENT_POLICIES).optional(), optInAction: z.enum(OPT_IN_ACTIONS).optional() }).optional(),
    privacyPolicyUrl: urlString().nullable().optional().openapi({ description: 'Linked from the consent prompt.' }),
    timeZone: timeZone.optional().openapi({ description: 'IANA zone for daily stats.', example: 'Europe/Berlin' }),
  })
  .openapi('WorkspaceUpdate');

export const WorkspaceResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    consent: z.object({ policy: z.enum(CONSENT_POLICIES), optInAction: z.enum(OPT_IN_ACTIONS) }),
    privacyPolicyUrl: z.string().nullable(),
    timeZone: z.string(),
    defaultDomain: z.string(),
    role: z.enum(ROLES).openapi({ description: 'Role of the API key making the request.' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Workspace');
