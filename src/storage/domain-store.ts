import type { Domain } from '../core/domain.js';
import type { Database } from './database.js';
import { toPage, type Page, type PageRequest } from './page.js';
import type { DomainsTable } from './schema.js';

function toDomain(row: DomainsTable): Domain {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    hostname: row.hostname,
    notFoundUrl: row.not_found_url,
    rootUrl: row.root_url,
    verifyToken: row.verify_token,
    verifiedAt: row.verified_at,
    checkedAt: row.checked_at,
    checkError: row.check_error,
    createdAt: row.created_at,
  };
}

export class DomainStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  async insert(domain: Domain): Promise<void> {
    await this.database.db
      .insertInto('domains')
      .values({
        id: domain.id,
        workspace_id: domain.workspaceId,
        hostname: domain.hostname,
        not_found_url: domain.notFoundUrl,
        root_url: domain.rootUrl,
        verify_token: domain.verifyToken,
        verified_at: domain.verifiedAt,
        checked_at: domain.checkedAt,
        check_error: domain.checkError,
        created_at: domain.createdAt,
      })
      .execute();
  }

  async get(workspaceId: string, id: string): Promise<Domain | null> {
    const row = await this.database.db
      .selectFrom('domains')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toDomain(row) : null;
  }

  /** Every custom domain of every workspace, for the in-memory host lookup. */
  async all(): Promise<Domain[]> {
    const rows = await this.database.db.selectFrom('domains').selectAll().execute();
    return rows.map(toDomain);
  }

  async findByHostname(hostname: string): Promise<Domain | null> {
    const row = await this.database.db.selectFrom('domains').selectAll().where('hostname', '=', hostname).executeTakeFirst();
    return row ? toDomain(row) : null;
  }

  async list(workspaceId: string, page: PageRequest): Promise<Page<Domain>> {
    let query = this.database.db
      .selectFrom('domains')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('id', 'desc')
      .limit(page.limit + 1);
    if (page.after) query = query.where('id', '<', page.after);
    return toPage((await query.execute()).map(toDomain), page.limit);
  }

  /** Where unknown slugs and the bare domain go (the hostname itself is fixed). */
  async updatePages(workspaceId: string, id: string, pages: { notFoundUrl: string | null; rootUrl: string | null }): Promise<boolean> {
    const result = await this.database.db
      .updateTable('domains')
      .set({ not_found_url: pages.notFoundUrl, root_url: pages.rootUrl })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** The outcome of a verification check. */
  async recordCheck(workspaceId: string, id: string, check: { checkedAt: number; verifiedAt: number | null; error: string | null }): Promise<void> {
    await this.database.db
      .updateTable('domains')
      .set({ checked_at: check.checkedAt, verified_at: check.verifiedAt, check_error: check.error })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  /** Refuses (returns `in_use`) while links still live on the domain: they would go dark. */
  async deleteUnlessUsed(workspaceId: string, id: string): Promise<'deleted' | 'not_found' | 'in_use'> {
    return this.database.db.transaction().execute(async (trx) => {
      const domain = await trx
        .selectFrom('domains')
        .select('hostname')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!domain) return 'not_found';
      const used = await trx.selectFrom('links').select('id').where('domain', '=', domain.hostname).limit(1).executeTakeFirst();
      if (used) return 'in_use';
      await trx.deleteFrom('domains').where('id', '=', id).execute();
      return 'deleted';
    });
  }
}
