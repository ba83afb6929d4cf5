import type { ConsentPolicy, OptInAction } from '../core/consent/settings.js';
import type { Workspace } from '../core/workspace.js';
import type { Insertable, Selectable } from 'kysely';
import type { Database } from './database.js';
import type { WorkspacesTable } from './schema.js';

function toWorkspace(row: Selectable<WorkspacesTable>): Workspace {
  return {
    id: row.id,
    name: row.name,
    consent: { policy: row.consent_policy as ConsentPolicy, optInAction: row.consent_opt_in_action as OptInAction },
    privacyPolicyUrl: row.privacy_policy_url,
    timeZone: row.time_zone,
    conversionTracking: row.conversion_tracking === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(w: Workspace): Insertable<WorkspacesTable> & { id: string; created_at: number } {
  return {
    id: w.id,
    name: w.name,
    consent_policy: w.consent.policy,
    consent_opt_in_action: w.consent.optInAction,
    privacy_policy_url: w.privacyPolicyUrl,
    time_zone: w.timeZone,
    conversion_tracking: w.conversionTracking ? 1 : 0,
    created_at: w.createdAt,
    updated_at: w.updatedAt,
  };
}

export class WorkspaceStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  async insert(workspace: Workspace): Promise<void> {
    await this.database.db.insertInto('workspaces').values(toRow(workspace)).execute();
  }

  async get(id: string): Promise<Workspace | null> {
    const row = await this.database.db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toWorkspace(row) : null;
  }

  async findByName(name: string): Promise<Workspace | null> {
    const row = await this.database.db
      .selectFrom('workspaces')
      .selectAll()
      .where('name', '=', name)
      .orderBy('id')
      .executeTakeFirst();
    return row ? toWorkspace(row) : null;
  }

  async count(): Promise<number> {
    const row = await this.database.db
      .selectFrom('workspaces')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async update(workspace: Workspace): Promise<void> {
    const { id, created_at: _created, ...rest } = toRow(workspace);
    await this.database.db.updateTable('workspaces').set(rest).where('id', '=', id).execute();
  }
}
