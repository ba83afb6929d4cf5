/**
 * The small per-workspace lists around links: tag colours, UTM templates and saved views. Each is
 * a handful of rows per workspace, read whole.
 */
import type { SavedView, TagColor, UtmTemplate, ViewScreen } from '../core/organisation.js';
import type { Database } from './database.js';

export class TagColorStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  async all(workspaceId: string): Promise<Map<string, TagColor>> {
    const rows = await this.database.db.selectFrom('tag_colors').select(['tag', 'color']).where('workspace_id', '=', workspaceId).execute();
    return new Map(rows.map((r) => [r.tag, r.color as TagColor]));
  }

  /**
   * Set (or with null, clear) a tag's colour. One statement either way, so two requests setting
   * the same tag at once both succeed (the last one wins) instead of colliding on the key.
   */
  async set(workspaceId: string, tag: string, color: TagColor | null): Promise<void> {
    const db = this.database.db;
    if (color === null) {
      await db.deleteFrom('tag_colors').where('workspace_id', '=', workspaceId).where('tag', '=', tag).execute();
      return;
    }
    await db
      .insertInto('tag_colors')
      .values({ workspace_id: workspaceId, tag, color })
      .onConflict((oc) => oc.columns(['workspace_id', 'tag']).doUpdateSet({ color }))
      .execute();
  }
}

export class UtmTemplateStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  async insert(t: UtmTemplate): Promise<void> {
    await this.database.db
      .insertInto('utm_templates')
      .values({ id: t.id, workspace_id: t.workspaceId, name: t.name, utm: JSON.stringify(t.utm), created_at: t.createdAt, updated_at: t.updatedAt })
      .execute();
  }

  async update(t: UtmTemplate): Promise<boolean> {
    const result = await this.database.db
      .updateTable('utm_templates')
      .set({ name: t.name, utm: JSON.stringify(t.utm), updated_at: t.updatedAt })
      .where('workspace_id', '=', t.workspaceId)
      .where('id', '=', t.id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async list(workspaceId: string): Promise<UtmTemplate[]> {
    const rows = await this.database.db.selectFrom('utm_templates').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').execute();
    return rows.map((r) => ({ id: r.id, workspaceId: r.workspace_id, name: r.name, utm: JSON.parse(r.utm) as UtmTemplate['utm'], createdAt: r.created_at, updatedAt: r.updated_at }));
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    const result = await this.database.db.deleteFrom('utm_templates').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

export class SavedViewStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  async insert(v: SavedView): Promise<void> {
    await this.database.db
      .insertInto('saved_views')
      .values({ id: v.id, workspace_id: v.workspaceId, name: v.name, screen: v.screen, query: v.query, created_at: v.createdAt })
      .execute();
  }

  async list(workspaceId: string, screen?: ViewScreen): Promise<SavedView[]> {
    let q = this.database.db.selectFrom('saved_views').selectAll().where('workspace_id', '=', workspaceId);
    if (screen) q = q.where('screen', '=', screen);
    const rows = await q.orderBy('name').execute();
    return rows.map((r) => ({ id: r.id, workspaceId: r.workspace_id, name: r.name, screen: r.screen as ViewScreen, query: r.query, createdAt: r.created_at }));
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    const result = await this.database.db.deleteFrom('saved_views').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
