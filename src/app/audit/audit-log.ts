import { targetOf, type Actor, type AuditAction } from '../../core/audit.js';
import { newId } from '../../core/ids.js';
import type { AppContext } from '../context.js';

/** How often old events are pruned (and once at start). */
const PRUNE_EVERY_MS = 6 * 3_600_000;

export interface AuditEntry {
  workspaceId: string;
  actor: Actor;
  action: AuditAction;
  targetId: string | null;
  details?: Record<string, unknown> | null;
}

/**
 * Append events to the workspace's audit log (docs/security.md#audit-log), after the change
 * they describe succeeded. A failed append is logged, not thrown: the change is done, and
 * answering it with an error would make the client retry a change that happened.
 * @example await recordAudit(ctx, { workspaceId, actor, action: 'link.delete', targetId: link.id, details: { slug } })
 */
export async function recordAudit(ctx: Pick<AppContext, 'stores' | 'clock' | 'random' | 'log'>, ...entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const at = ctx.clock.now();
  try {
    await ctx.stores.audit.append(
      entries.map((event) => ({
        id: newId('audit', at, ctx.random),
        workspaceId: event.workspaceId,
        at,
        actor: event.actor,
        action: event.action,
        target: { type: targetOf(event.action), id: event.targetId },
        details: event.details ?? null,
      })),
    );
  } catch (error) {
    ctx.log.error({ err: error, action: entries[0]?.action, workspaceId: entries[0]?.workspaceId }, 'could not write an audit event');
  }
}

/** The names of the fields a patch sets (never their values: a password, a URL with a token). */
export function changedFields(patch: object): string[] {
  return Object.entries(patch)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key)
    .sort();
}

/** Delete events older than AUDIT_RETENTION_DAYS now and every few hours; returns a stop function. */
export function startAuditRetention(ctx: Pick<AppContext, 'stores' | 'clock' | 'config' | 'log'>): () => void {
  const prune = () => {
    ctx.stores.audit
      .prune(ctx.clock.now() - ctx.config.auditRetentionMs)
      .then((n) => {
        if (n > 0) ctx.log.info({ deleted: n }, 'audit events past their retention deleted');
      })
      .catch((error: unknown) => ctx.log.warn({ err: error }, 'audit retention: prune failed; next try later'));
  };
  prune();
  const timer = setInterval(prune, PRUNE_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
