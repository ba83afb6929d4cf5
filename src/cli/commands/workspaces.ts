import { createApiKey } from '../../app/api-keys/manage-api-keys.js';
import { recordAudit } from '../../app/audit/audit-log.js';
import { CLI_ACTOR } from '../../core/audit.js';
import { createWorkspace } from '../../app/workspace/manage-workspace.js';
import { AppError } from '../../core/errors.js';
import { emit, type OutputOptions } from '../output.js';
import { withContext } from '../with-context.js';

/**
 * `ricochet workspaces create <name>`: a new workspace and its first owner key (printed once).
 * The only way a workspace comes into being besides `INITIAL_API_KEY` at first start; names are
 * unique, so scripts can address workspaces by name.
 */
export async function workspacesCreate(name: string, opts: OutputOptions & { keyName: string }): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 100) throw new AppError('VALIDATION_FAILED', 'name: a workspace name is 1–100 characters.', { field: 'name' });
  await withContext(async (ctx) => {
    if (await ctx.stores.workspaces.findByName(trimmed)) throw new AppError('WORKSPACE_EXISTS', `A workspace named "${trimmed}" exists already.`, { field: 'name' });
    const workspace = await createWorkspace(ctx, trimmed);
    const { key, secret } = await createApiKey(ctx, workspace.id, { name: opts.keyName, role: 'owner' }, null);
    await recordAudit(ctx, { workspaceId: workspace.id, actor: CLI_ACTOR, action: 'api_key.create', targetId: key.id, details: { name: key.name, role: key.role, prefix: key.prefix } });
    emit(
      opts,
      { workspace: { id: workspace.id, name: workspace.name }, key: { id: key.id, name: key.name, role: key.role, prefix: key.prefix, secret } },
      () => `Created workspace "${workspace.name}" (${workspace.id}) with owner key ${key.id}.\nSecret (shown once): ${secret}`,
    );
  });
}

/** `ricochet workspaces list`: every workspace, oldest first. */
export async function workspacesList(opts: OutputOptions): Promise<void> {
  await withContext(async (ctx) => {
    const rows = (await ctx.stores.workspaces.listAll()).map((w) => ({ id: w.id, name: w.name, createdAt: new Date(w.createdAt).toISOString() }));
    emit(opts, { data: rows }, () =>
      rows.length === 0 ? 'No workspaces yet: `ricochet workspaces create <name>`.' : rows.map((r) => `${r.id}  ${r.name}  (created ${r.createdAt.slice(0, 10)})`).join('\n'),
    );
  });
}
