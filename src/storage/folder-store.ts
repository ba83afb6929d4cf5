import type { Folder } from '../core/organisation.js';
import { isUniqueViolation } from './constraint-error.js';
import type { Database } from './database.js';
import type { FoldersTable } from './schema.js';

const toFolder = (r: FoldersTable): Folder => ({ id: r.id, workspaceId: r.workspace_id, name: r.name, createdAt: r.created_at, updatedAt: r.updated_at });
const nameKey = (name: string) => name.trim().toLowerCase();

/** Folders (campaigns) of a workspace, with how many links each holds. */
export class FolderStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  /** `taken` when another folder of the workspace has this name (in any case). */
  async insert(folder: Folder): Promise<'ok' | 'taken'> {
    try {
      await this.database.db
        .insertInto('folders')
        .values({ id: folder.id, workspace_id: folder.workspaceId, name: folder.name, name_key: nameKey(folder.name), created_at: folder.createdAt, updated_at: folder.updatedAt })
        .execute();
      return 'ok';
    } catch (error) {
      if (isUniqueViolation(error)) return 'taken';
      throw error;
    }
  }

  async rename(workspaceId: string, id: string, name: string, at: number): Promise<'ok' | 'taken' | 'not_found'> {
    try {
      const result = await this.database.db
        .updateTable('folders')
        .set({ name, name_key: nameKey(name), updated_at: at })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0 ? 'ok' : 'not_found';
    } catch (error) {
      if (isUniqueViolation(error)) return 'taken';
      throw error;
    }
  }

  async get(workspaceId: string, id: string): Promise<Folder | null> {
    const row = await this.database.db.selectFrom('folders').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return row ? toFolder(row) : null;
  }

  /** Every folder, by name, with its number of links (a workspace has tens, not thousands). */
  async list(workspaceId: string): Promise<Array<Folder & { links: number }>> {
    const rows = await this.database.db
      .selectFrom('folders')
      .selectAll('folders')
      .select((eb) =>
        eb
          .selectFrom('links')
          .select((e) => e.fn.countAll<number | string>().as('n'))
          .where('links.workspace_id', '=', workspaceId)
          .whereRef('links.folder_id', '=', 'folders.id')
          .as('links'),
      )
      .where('folders.workspace_id', '=', workspaceId)
      .orderBy('folders.name_key')
      .execute();
    return rows.map((r) => ({ ...toFolder(r), links: Number(r.links ?? 0) }));
  }

  /** Deletes the folder; its links stay, in no folder. One transaction. */
  async delete(workspaceId: string, id: string): Promise<boolean> {
    return this.database.db.transaction().execute(async (trx) => {
      const result = await trx.deleteFrom('folders').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) return false;
      await trx.updateTable('links').set({ folder_id: null }).where('workspace_id', '=', workspaceId).where('folder_id', '=', id).execute();
      return true;
    });
  }
}
