import { AppError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { Folder } from '../../core/organisation.js';
import type { AppContext } from '../context.js';

/** A folder (campaign) groups links; a link is in at most one. Names are unique per workspace, whatever their case. */
export async function createFolder(ctx: AppContext, workspaceId: string, name: string): Promise<Folder> {
  const now = ctx.clock.now();
  const folder: Folder = { id: newId('folder', now, ctx.random), workspaceId, name: name.trim(), createdAt: now, updatedAt: now };
  if ((await ctx.stores.folders.insert(folder)) === 'taken') throw new AppError('FOLDER_NAME_TAKEN', undefined, { field: 'name' });
  return folder;
}

export async function renameFolder(ctx: AppContext, workspaceId: string, id: string, name: string): Promise<Folder> {
  const result = await ctx.stores.folders.rename(workspaceId, id, name.trim(), ctx.clock.now());
  if (result === 'taken') throw new AppError('FOLDER_NAME_TAKEN', undefined, { field: 'name' });
  if (result === 'not_found') throw new AppError('FOLDER_NOT_FOUND');
  return (await ctx.stores.folders.get(workspaceId, id)) as Folder;
}

/** The folder's links stay, in no folder. */
export async function deleteFolder(ctx: AppContext, workspaceId: string, id: string): Promise<void> {
  if (!(await ctx.stores.folders.delete(workspaceId, id))) throw new AppError('FOLDER_NOT_FOUND');
}
