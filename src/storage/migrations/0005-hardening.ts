import type { Kysely } from 'kysely';
import { canonicalHostname } from '../../core/hostname.js';

/**
 * Issue 17 (hardening):
 * - Domains get their canonical spelling (src/core/hostname.ts: lower case, punycode, no
 *   trailing dot, no port), and the links on them follow. Only where that is unambiguous: when
 *   two rows are spellings of one name (`go.example.com` and `go.example.com:8443`, perhaps of
 *   two workspaces) the migration does not guess which one is the real owner. It leaves them as
 *   they are; such rows do not serve traffic, and every start and `ricochet doctor` list them
 *   (DomainRegistry.conflicts) until an operator deletes the wrong one.
 * - `audit_events`: who did what to which object of a workspace, when.
 * - `password_lockouts`: links whose password form is locked after too many wrong passwords,
 *   so an owner can see and clear it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const rows = (await db.selectFrom('domains').select(['id', 'hostname']).execute()) as Array<{ id: string; hostname: string }>;
  const byCanonical = new Map<string, Array<{ id: string; hostname: string }>>();
  for (const row of rows) {
    const checked = canonicalHostname(row.hostname, { allowPort: true });
    if (!checked.ok) continue;
    byCanonical.set(checked.hostname, [...(byCanonical.get(checked.hostname) ?? []), row]);
  }
  for (const [canonical, group] of byCanonical) {
    const row = group[0]!;
    if (group.length !== 1 || row.hostname === canonical) continue;
    await db.updateTable('domains').set({ hostname: canonical }).where('id', '=', row.id).execute();
    await db.updateTable('links').set({ domain: canonical }).where('domain', '=', row.hostname).execute();
  }

  await db.schema
    .createTable('audit_events')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text')
    .addColumn('details', 'text')
    .addPrimaryKeyConstraint('audit_events_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema.createIndex('audit_events_at').on('audit_events').column('at').execute();

  await db.schema
    .createTable('password_lockouts')
    .addColumn('link_id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('locked_at', 'bigint', (c) => c.notNull())
    .addColumn('locked_until', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('password_lockouts').execute();
  await db.schema.dropTable('audit_events').execute();
}
