import type { Context } from 'hono';
import { changedFields, recordAudit } from '../../app/audit/audit-log.js';
import type { AppContext } from '../../app/context.js';
import type { Actor, AuditAction } from '../../core/audit.js';
import type { ApiEnv } from './env.js';

/** The actor of an API request: its key (the dashboard signs in with one too). */
export function actorOf(c: Context<ApiEnv>): Actor {
  const key = c.var.key;
  return { type: 'key', id: key.id, name: key.name };
}

/**
 * Record what a successful API write did (docs/security.md#audit-log). Handlers call it once the
 * use case returned; `patch` (an update's body) is reduced to the names of the fields it set.
 */
export function audit(ctx: AppContext, c: Context<ApiEnv>, action: AuditAction, targetId: string | null, details: AuditDetails = {}): Promise<void> {
  return auditMany(ctx, c, action, [[targetId, details]]);
}

type AuditDetails = { patch?: object; [key: string]: unknown };

/** One event per object of a bulk request. */
export function auditMany(ctx: AppContext, c: Context<ApiEnv>, action: AuditAction, targets: Array<[targetId: string | null, details: AuditDetails]>): Promise<void> {
  const actor = actorOf(c);
  return recordAudit(
    ctx,
    ...targets.map(([targetId, { patch, ...rest }]) => {
      const all = patch ? { ...rest, fields: changedFields(patch) } : rest;
      return { workspaceId: c.var.key.workspaceId, actor, action, targetId, details: Object.keys(all).length > 0 ? all : null };
    }),
  );
}
