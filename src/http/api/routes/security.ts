import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { clearPasswordLockout, getPasswordLockout } from '../../../app/links/password-lockout.js';
import type { AuditEvent } from '../../../core/audit.js';
import { audit } from '../audit.js';
import { encodeCursor, pageRequest } from '../cursor.js';
import type { ApiEnv } from '../env.js';
import { requirePermission } from '../middleware.js';
import { errorResponses, noContent, ok } from '../responses.js';
import { idParam } from '../schemas/common.js';
import { AuditListQuery, AuditPage, PasswordLockoutResponse } from '../schemas/security-schemas.js';

const security = [{ bearer: [] }];
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function presentEvent(e: AuditEvent) {
  return { id: e.id, at: new Date(e.at).toISOString(), actor: e.actor, action: e.action, target: e.target, details: e.details };
}

/** The audit log and the password lockouts (docs/security.md): what an owner needs to see and undo. */
export function securityRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(
    createRoute({
      method: 'get', path: '/password-lockouts/{id}', operationId: 'getPasswordLockout', tags: ['links'], security,
      summary: 'See whether a link’s password form is locked (by the link’s id)',
      description: 'After PASSWORD_LINK_ATTEMPTS wrong passwords within 15 minutes, a link’s password form answers 429 to everyone until `lockedUntil` (or until an owner clears it).',
      request: { params: idParam('link') },
      responses: { 200: ok(PasswordLockoutResponse, 'The lock, or `locked: false`.'), ...errorResponses({ params: true }, ['LINK_NOT_FOUND']) },
    }),
    async (c) => {
      const lockout = await getPasswordLockout(ctx, c.var.key.workspaceId, c.req.valid('param').id);
      return c.json({ locked: lockout !== null, failures: lockout?.failures ?? null, lockedAt: iso(lockout?.lockedAt ?? null), lockedUntil: iso(lockout?.lockedUntil ?? null) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/password-lockouts/{id}', operationId: 'deletePasswordLockout', tags: ['links'], security, middleware: [requirePermission('write:links')] as const,
      summary: 'Unlock a link’s password form',
      description: 'Visitors can try the password again at once, on every node. Idempotent: 204 whether or not it was locked.',
      request: { params: idParam('link') },
      responses: { 204: noContent('Unlocked.'), ...errorResponses({ params: true, write: true }, ['LINK_NOT_FOUND']) },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const was = await clearPasswordLockout(ctx, c.var.key.workspaceId, id);
      await audit(ctx, c, 'link.unlock', id, { wasLocked: was });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/audit-log', operationId: 'listAuditEvents', tags: ['workspace'], security, middleware: [requirePermission('read:audit')] as const,
      summary: 'Who did what in this workspace',
      description: 'Newest first, one page at a time: every change made through the API (and the dashboard) to links, pixels, domains, API keys and settings, with the key that made it. Kept AUDIT_RETENTION_DAYS (default 365). Admin and owner keys only.',
      request: { query: AuditListQuery },
      responses: { 200: ok(AuditPage, 'One page of events.'), ...errorResponses({ params: true, list: true, write: true }) },
    }),
    async (c) => {
      const { action, targetType, targetId, actorId, ...paging } = c.req.valid('query');
      const page = await ctx.stores.audit.list(c.var.key.workspaceId, { ...(action ? { action } : {}), ...(targetType ? { targetType } : {}), ...(targetId ? { targetId } : {}), ...(actorId ? { actorId } : {}) }, pageRequest(paging));
      return c.json({ data: page.items.map(presentEvent), nextCursor: encodeCursor(page.nextCursor), hasMore: page.nextCursor !== null }, 200);
    },
  );
}
