import { z } from '@hono/zod-openapi';
import { ACTOR_TYPES, AUDIT_ACTIONS, AUDIT_TARGETS } from '../../../core/audit.js';
import { EXAMPLE_IDS, EXAMPLE_TIME, PageQuery, idOf, pageOf, timestamp } from './common.js';

export const PasswordLockoutResponse = z
  .object({
    locked: z.boolean().openapi({ description: 'Whether the link’s password form refuses every try (429) right now.' }),
    failures: z.number().int().nullable().openapi({ description: 'Wrong passwords that caused the lock (PASSWORD_LINK_ATTEMPTS).' }),
    lockedAt: timestamp().nullable(),
    lockedUntil: timestamp().nullable().openapi({ description: 'When the form opens again by itself.' }),
  })
  .openapi('PasswordLockout', { example: { locked: true, failures: 100, lockedAt: EXAMPLE_TIME, lockedUntil: '2026-12-01T09:45:00.000Z' } });

const auditExample = {
  id: EXAMPLE_IDS.audit,
  at: EXAMPLE_TIME,
  actor: { type: 'key', id: EXAMPLE_IDS.apiKey, name: 'CRM sync' },
  action: 'link.update',
  target: { type: 'link', id: EXAMPLE_IDS.link },
  details: { fields: ['tags', 'url'] },
};

export const AuditEventResponse = z
  .object({
    id: idOf('audit'),
    at: timestamp('When it happened.'),
    actor: z.object({
      type: z.enum(ACTOR_TYPES).openapi({ description: '`key` (an API key; the dashboard signs in with one), `user`, `cli` (a command on the server), `system`.' }),
      id: z.string().nullable(),
      name: z.string().nullable().openapi({ description: 'The key’s name at the time.' }),
    }),
    action: z.enum(AUDIT_ACTIONS),
    target: z.object({ type: z.enum(AUDIT_TARGETS), id: z.string().nullable() }),
    details: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'Which fields changed (names only), a slug, a hostname, a role. Never a secret or a password.' }),
  })
  .openapi('AuditEvent', { example: auditExample });

export const AuditPage = pageOf(AuditEventResponse, 'AuditEventPage', auditExample);

export const AuditListQuery = PageQuery.extend({
  action: z.enum(AUDIT_ACTIONS).optional().openapi({ description: 'Only this action.', example: 'link.delete' }),
  targetType: z.enum(AUDIT_TARGETS).optional().openapi({ description: 'Only events about this kind of object.', example: 'link' }),
  targetId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'An id: letters, digits, `_` and `-`.').optional().openapi({ description: 'Only events about this object.', example: EXAMPLE_IDS.link }),
  actorId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'An id: letters, digits, `_` and `-`.').optional().openapi({ description: 'Only events by this key.', example: EXAMPLE_IDS.apiKey }),
});
