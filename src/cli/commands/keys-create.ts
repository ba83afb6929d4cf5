import { createApiKey } from '../../app/api-keys/manage-api-keys.js';
import { recordAudit } from '../../app/audit/audit-log.js';
import { CLI_ACTOR } from '../../core/audit.js';
import { createWorkspace } from '../../app/workspace/manage-workspace.js';
import type { Role } from '../../core/roles.js';
import { withContext } from '../with-context.js';

/** `ricochet keys create`: mint a key (creating the workspace if needed) and print the secret once. */
export async function keysCreate(opts: { workspace: string; role: Role; name: string; json?: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const workspace = (await ctx.stores.workspaces.findByName(opts.workspace)) ?? (await createWorkspace(ctx, opts.workspace));
    const { key, secret } = await createApiKey(ctx, workspace.id, { name: opts.name, role: opts.role }, null);
    await recordAudit(ctx, { workspaceId: workspace.id, actor: CLI_ACTOR, action: 'api_key.create', targetId: key.id, details: { name: key.name, role: key.role, prefix: key.prefix } });
    if (opts.json) process.stdout.write(`${JSON.stringify({ id: key.id, workspaceId: workspace.id, role: key.role, secret })}\n`);
    else process.stdout.write(`Created ${key.role} key ${key.id} in workspace "${workspace.name}" (${workspace.id}).\nSecret (shown once): ${secret}\n`);
  });
}
