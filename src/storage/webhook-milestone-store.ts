import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { Schema } from './schema.js';

/**
 * "Already told" marks for events that fire once per occasion (migration 0008): `audience.ready`
 * once per pixel, `pixel.delivery_failing` once per failing spell. `claim` inserts the mark in the
 * caller's transaction and says whether this caller made it — the primary key decides between
 * two nodes, so exactly one of them sends the event.
 */
export class WebhookMilestoneStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  async claim(trx: Kysely<Schema>, mark: { subject: string; kind: string; workspaceId: string; at: number }): Promise<boolean> {
    const result = await trx
      .insertInto('webhook_milestones')
      .values({ subject: mark.subject, kind: mark.kind, workspace_id: mark.workspaceId, at: mark.at })
      .onConflict((oc) => oc.columns(['subject', 'kind']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** The marks of `kind` among these subjects, with when they were made. */
  async marks(subjects: readonly string[], kind: string): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (let i = 0; i < subjects.length; i += 500) {
      const rows = await this.database.db.selectFrom('webhook_milestones').select(['subject', 'at']).where('kind', '=', kind).where('subject', 'in', subjects.slice(i, i + 500)).execute();
      for (const r of rows) out.set(r.subject, Number(r.at));
    }
    return out;
  }

  async put(mark: { subject: string; kind: string; workspaceId: string; at: number }): Promise<void> {
    await this.database.db
      .insertInto('webhook_milestones')
      .values({ subject: mark.subject, kind: mark.kind, workspace_id: mark.workspaceId, at: mark.at })
      .onConflict((oc) => oc.columns(['subject', 'kind']).doNothing())
      .execute();
  }

  async release(subjects: readonly string[], kinds: readonly string[]): Promise<void> {
    if (subjects.length === 0) return;
    await this.database.db.deleteFrom('webhook_milestones').where('subject', 'in', [...subjects]).where('kind', 'in', [...kinds]).execute();
  }
}
