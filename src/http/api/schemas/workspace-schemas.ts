import { z } from '@hono/zod-openapi';
import { CONSENT_POLICIES, OPT_IN_ACTIONS } from '../../../core/consent/settings.js';
import { ROLES } from '../../../core/roles.js';
import { EXAMPLE_TIME, idOf, timestamp, urlString } from './common.js';

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

const Consent = z
  .object({ policy: z.enum(CONSENT_POLICIES), optInAction: z.enum(OPT_IN_ACTIONS) })
  .openapi('ConsentSettings', { description: 'Workspace consent defaults (docs/consent.md).', example: { policy: 'regional', optInAction: 'skip' } });

export const WorkspaceUpdate = z
  .strictObject({
    name: z.string().trim().min(1, 'must not be blank').max(100).optional().openapi({ example: 'Acme marketing' }),
    consent: z.strictObject({ policy: z.enum(CONSENT_POLICIES).optional(), optInAction: z.enum(OPT_IN_ACTIONS).optional() }).optional(),
    privacyPolicyUrl: urlString().nullable().optional().openapi({ description: 'Linked from the consent prompt.', example: 'https://example.com/privacy' }),
    timeZone: timeZone.optional().openapi({ description: 'IANA zone for daily stats and date-only stats ranges.', example: 'Europe/Berlin' }),
    conversionTracking: z.boolean().optional().openapi({ description: 'Links that do not say otherwise append their click id to the destination as `rc_click` (docs/conversions.md).' }),
  })
  .openapi('WorkspaceUpdate', { example: { consent: { optInAction: 'ask' }, timeZone: 'Europe/Berlin' } });

export const WorkspaceResponse = z
  .object({
    id: idOf('workspace'),
    name: z.string(),
    consent: Consent,
    privacyPolicyUrl: z.string().nullable().openapi({ format: 'uri' }),
    timeZone: z.string().openapi({ description: 'IANA time zone.' }),
    conversionTracking: z.boolean().openapi({ description: 'The default of links’ `conversionTracking`.' }),
    defaultDomain: z.string().openapi({ description: 'Host (with its port, if not the scheme’s default) of short links created without `domain`.' }),
    role: z.enum(ROLES).openapi({ description: 'Role of the API key making the request.' }),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  .openapi('Workspace', {
    example: {
      id: 'ws_01kbmz3f8r9c2v6x4n7q5t8w0y',
      name: 'Acme marketing',
      consent: { policy: 'regional', optInAction: 'skip' },
      privacyPolicyUrl: 'https://example.com/privacy',
      timeZone: 'Europe/Berlin',
      conversionTracking: false,
      defaultDomain: 'go.example.com',
      role: 'owner',
      createdAt: EXAMPLE_TIME,
      updatedAt: EXAMPLE_TIME,
    },
  });
