import type { ActorType, AuditAction, AuditEvent, AuditTarget } from '../core/audit.js';
import type { Database } from './database.js';
import { toPage, type Page, type PageRequest } from './page.js';
import type { AuditEventsTable } from './schema.js';

function toEvent(row: AuditEventsTable): AuditEvent {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    at: Number(row.at),
    actor: { type: row.actor_type as ActorType, id: row.actor_id, name: row.actor_name },
    action: row.action as AuditAction,
    target: { type: row.target_type as AuditTarget, id: row.target_id },
    details: row.details === null ? null : (JSON.parse(row.details) as Record<string, unknown>),
  };
}

export interface AuditFilter {
  action?: AuditAction;
  targetType?: AuditTarget;
  targetId?: string;
  actorId?: string;
}

/** The audit log (src/app/audit/audit-log.ts): appended to, listed newest first, pruned by age. */
export class AuditStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  /** Append events (a bulk request's, in rows of 200 per statement). */
  async append(events: readonly AuditEvent[]): Promise<void> {
    for (let i = 0; i < events.length; i += 200) {
      const rows = events.slice(i, i + 200).map((event) => ({
        workspace_id: event.workspaceId,
        id: event.id,
        at: event.at,
        actor_type: event.actor.type,
        actor_id: event.actor.id,
        actor_name: event.actor.name,
        action: event.action,
        target_type: event.target.type,
        target_id: event.target.id,
        details: event.details === null ? null : JSON.stringify(event.details),
      }));
      await this.database.db.insertInto('audit_events').values(rows).execute();
    }
  }

  async list(workspaceId: string, filter: AuditFilter, page: PageRequest): Promise<Page<AuditEvent>> {
    let query = this.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('id', 'desc')
      .limit(page.limit + 1);
    if (page.after) query = query.where('id', '<', page.after);
    if (filter.action) query = query.where('action', '=', filter.action);
    if (filter.targetType) query = query.where('target_type', '=', filter.targetType);
    if (filter.targetId) query = query.where('target_id', '=', filter.targetId);
    if (filter.actorId) query = query.where('actor_id', '=', filter.actorId);
    return toPage((await query.execute()).map(toEvent), page.limit);
  }

  /** Delete events older than `before` (epoch ms); returns how many. */
  async prune(before: number): Promise<number> {
    const result = await this.database.db.deleteFrom('audit_events').where('at', '<', before).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
