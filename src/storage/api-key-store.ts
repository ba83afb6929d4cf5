import type { ApiKey } from '../core/api-key.js';
import type { Role } from '../core/roles.js';
import type { Database } from './database.js';
import { toPage, type Page, type PageRequest } from './page.js';
import type { ApiKeysTable } from './schema.js';

type KeyRow = Omit<ApiKeysTable, 'key_hash'>;

function toApiKey(row: KeyRow): ApiKey {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    role: row.role as Role,
    prefix: row.key_prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  };
}

const PUBLIC_COLUMNS = ['id', 'workspace_id', 'name', 'role', 'key_prefix', 'created_at', 'last_used_at'] as const;

export class ApiKeyStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  async insert(key: ApiKey, keyHash: string): Promise<void> {
    await this.database.db
      .insertInto('api_keys')
      .values({
        id: key.id,
        workspace_id: key.workspaceId,
        name: key.name,
        role: key.role,
        key_hash: keyHash,
        key_prefix: key.prefix,
        created_at: key.createdAt,
        last_used_at: key.lastUsedAt,
      })
      .execute();
  }

  async findByHash(keyHash: string): Promise<ApiKey | null> {
    const row = await this.database.db
      .selectFrom('api_keys')
      .select(PUBLIC_COLUMNS)
      .where('key_hash', '=', keyHash)
      .executeTakeFirst();
    return row ? toApiKey(row) : null;
  }

  /** Keys of every workspace: at start, zero means nobody can sign in yet. */
  async count(): Promise<number> {
    const row = await this.database.db
      .selectFrom('api_keys')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async get(workspaceId: string, id: string): Promise<ApiKey | null> {
    const row = await this.database.db
      .selectFrom('api_keys')
      .select(PUBLIC_COLUMNS)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toApiKey(row) : null;
  }

  async list(workspaceId: string, page: PageRequest): Promise<Page<ApiKey>> {
    let query = this.database.db
      .selectFrom('api_keys')
      .select(PUBLIC_COLUMNS)
      .where('workspace_id', '=', workspaceId)
      .orderBy('id', 'desc')
      .limit(page.limit + 1);
    if (page.after) query = query.where('id', '<', page.after);
    const rows = await query.execute();
    return toPage(rows.map(toApiKey), page.limit);
  }

  /**
   * Delete a key unless it is the workspace's last owner key (checked in the same transaction,
   * so two concurrent deletes cannot both pass the check).
   */
  async deleteUnlessLastOwner(workspaceId: string, id: string): Promise<'deleted' | 'not_found' | 'last_owner'> {
    return this.database.db.transaction().execute(async (trx) => {
      const key = await trx
        .selectFrom('api_keys')
        .select(['role'])
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!key) return 'not_found';
      if (key.role === 'owner') {
        let owners = trx
          .selectFrom('api_keys')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where('role', '=', 'owner');
        // PostgreSQL: lock the owner rows so two concurrent deletes serialise. SQLite already
        // runs one write transaction at a time (and has no FOR UPDATE).
        if (this.database.engine === 'postgres') owners = owners.forUpdate();
        if ((await owners.execute()).length <= 1) return 'last_owner';
      }
      await trx.deleteFrom('api_keys').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
      return 'deleted';
    });
  }

  async touch(id: string, at: number): Promise<void> {
    await this.database.db.updateTable('api_keys').set({ last_used_at: at }).where('id', '=', id).execute();
  }
}
