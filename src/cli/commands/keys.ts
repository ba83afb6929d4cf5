import { createApiKey, deleteApiKey } from '../../app/api-keys/manage-api-keys.js';
import { recordAudit } from '../../app/audit/audit-log.js';
import type { ApiKey } from '../../core/api-key.js';
import { CLI_ACTOR } from '../../core/audit.js';
import type { Role } from '../../core/roles.js';
import { workspaceByNameOrThrow } from '../find-workspace.js';
import { emit, type OutputOptions } from '../output.js';
import { withContext } from '../with-context.js';

/** The key as `GET /api-keys` shows it (never its secret). */
function present(key: ApiKey) {
  return {
    id: key.id,
    name: key.name,
    role: key.role,
    prefix: key.prefix,
    createdAt: new Date(key.createdAt).toISOString(),
    lastUsedAt: key.lastUsedAt === null ? null : new Date(key.lastUsedAt).toISOString(),
  };
}

/**
 * `ricochet keys create`: mint a key in an existing workspace and print its secret once. The role
 * defaults to `viewer` (least privilege): anything stronger is asked for by name.
 */
export async function keysCreate(opts: OutputOptions & { workspace: string; role: Role; name: string }): Promise<void> {
  await withContext(async (ctx) => {
    const workspace = await workspaceByNameOrThrow(ctx, opts.workspace);
    const { key, secret } = await createApiKey(ctx, workspace.id, { name: opts.name, role: opts.role }, null);
    await recordAudit(ctx, { workspaceId: workspace.id, actor: CLI_ACTOR, action: 'api_key.create', targetId: key.id, details: { name: key.name, role: key.role, prefix: key.prefix } });
    emit(opts, { ...present(key), workspaceId: workspace.id, secret }, () =>
      `Created ${key.role} key ${key.id} in workspace "${workspace.name}" (${workspace.id}).\nSecret (shown once): ${secret}`,
    );
  });
}

/** `ricochet keys list`: the workspace's keys, newest first, with their last use. */
export async function keysList(opts: OutputOptions & { workspace: string }): Promise<void> {
  await withContext(async (ctx) => {
    const workspace = await workspaceByNameOrThrow(ctx, opts.workspace);
    const keys: ApiKey[] = [];
    let after: string | null = null;
    do {
      const page = await ctx.stores.apiKeys.list(workspace.id, { limit: 100, after });
      keys.push(...page.items);
      after = page.nextCursor;
    } while (after);
    const rows = keys.map(present);
    emit(opts, { data: rows }, () => {
      if (rows.length === 0) return `Workspace "${workspace.name}" has no keys.`;
      const width = Math.max(4, ...rows.map((r) => r.name.length));
      const line = (cols: string[]) => cols.join('  ').trimEnd();
      return [
        line(['id'.padEnd(30), 'role  '.padEnd(6), 'prefix ', 'name'.padEnd(width), 'last used']),
        ...rows.map((r) => line([r.id.padEnd(30), r.role.padEnd(6), r.prefix.padEnd(7), r.name.padEnd(width), r.lastUsedAt ? r.lastUsedAt.replace('T', ' ').slice(0, 16) : 'never'])),
      ].join('\n');
    });
  });
}

/** `ricochet keys revoke <id>`: the key stops working at once; the last owner key stays (409 `LAST_OWNER_KEY`). */
export async function keysRevoke(id: string, opts: OutputOptions & { workspace: string }): Promise<void> {
  await withContext(async (ctx) => {
    const workspace = await workspaceByNameOrThrow(ctx, opts.workspace);
    await deleteApiKey(ctx, workspace.id, id, null);
    await recordAudit(ctx, { workspaceId: workspace.id, actor: CLI_ACTOR, action: 'api_key.delete', targetId: id, details: null });
    emit(opts, { id, revoked: true }, () => `Revoked key ${id} of workspace "${workspace.name}".`);
  });
}
