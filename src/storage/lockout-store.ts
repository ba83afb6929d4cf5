import type { Database } from './database.js';

export interface PasswordLockout {
  linkId: string;
  workspaceId: string;
  failures: number;
  lockedAt: number;
  lockedUntil: number;
}

/** Links whose password form is locked (src/app/links/password-guard.ts). */
export class LockoutStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  async put(lockout: PasswordLockout): Promise<void> {
    const row = { link_id: lockout.linkId, workspace_id: lockout.workspaceId, failures: lockout.failures, locked_at: lockout.lockedAt, locked_until: lockout.lockedUntil };
    await this.database.db
      .insertInto('password_lockouts')
      .values(row)
      .onConflict((oc) => oc.column('link_id').doUpdateSet({ failures: row.failures, locked_at: row.locked_at, locked_until: row.locked_until }))
      .execute();
  }

  async get(workspaceId: string, linkId: string): Promise<PasswordLockout | null> {
    const row = await this.database.db.selectFrom('password_lockouts').selectAll().where('workspace_id', '=', workspaceId).where('link_id', '=', linkId).executeTakeFirst();
    return row ? { linkId: row.link_id, workspaceId: row.workspace_id, failures: Number(row.failures), lockedAt: Number(row.locked_at), lockedUntil: Number(row.locked_until) } : null;
  }

  /** Every lockout still in force at `now` (loaded at start). */
  async active(now: number): Promise<PasswordLockout[]> {
    const rows = await this.database.db.selectFrom('password_lockouts').selectAll().where('locked_until', '>', now).execute();
    return rows.map((row) => ({ linkId: row.link_id, workspaceId: row.workspace_id, failures: Number(row.failures), lockedAt: Number(row.locked_at), lockedUntil: Number(row.locked_until) }));
  }

  async delete(workspaceId: string, linkId: string): Promise<boolean> {
    const result = await this.database.db.deleteFrom('password_lockouts').where('workspace_id', '=', workspaceId).where('link_id', '=', linkId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
