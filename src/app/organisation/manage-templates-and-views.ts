import { AppError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { SavedView, TagColor, UtmTemplate, ViewScreen } from '../../core/organisation.js';
import type { AppContext } from '../context.js';

/** A named set of UTM values the link form's UTM builder applies in one go. */
export async function createUtmTemplate(ctx: AppContext, workspaceId: string, input: { name: string; utm: UtmTemplate['utm'] }): Promise<UtmTemplate> {
  const now = ctx.clock.now();
  const template: UtmTemplate = { id: newId('utmTemplate', now, ctx.random), workspaceId, name: input.name.trim(), utm: input.utm, createdAt: now, updatedAt: now };
  await ctx.stores.utmTemplates.insert(template);
  return template;
}

export async function updateUtmTemplate(ctx: AppContext, workspaceId: string, id: string, patch: { name?: string; utm?: UtmTemplate['utm'] }): Promise<UtmTemplate> {
  const current = (await ctx.stores.utmTemplates.list(workspaceId)).find((t) => t.id === id);
  if (!current) throw new AppError('UTM_TEMPLATE_NOT_FOUND');
  const next: UtmTemplate = { ...current, ...(patch.name ? { name: patch.name.trim() } : {}), ...(patch.utm ? { utm: patch.utm } : {}), updatedAt: ctx.clock.now() };
  await ctx.stores.utmTemplates.update(next);
  return next;
}

export async function deleteUtmTemplate(ctx: AppContext, workspaceId: string, id: string): Promise<void> {
  if (!(await ctx.stores.utmTemplates.delete(workspaceId, id))) throw new AppError('UTM_TEMPLATE_NOT_FOUND');
}

/** A named filter of the links list or the analytics page, shared by everyone in the workspace. */
export async function createView(ctx: AppContext, workspaceId: string, input: { name: string; screen: ViewScreen; query: string }): Promise<SavedView> {
  const now = ctx.clock.now();
  const query = new URLSearchParams(input.query.replace(/^\?/, '')).toString();
  const view: SavedView = { id: newId('view', now, ctx.random), workspaceId, name: input.name.trim(), screen: input.screen, query, createdAt: now };
  await ctx.stores.views.insert(view);
  return view;
}

export async function deleteView(ctx: AppContext, workspaceId: string, id: string): Promise<void> {
  if (!(await ctx.stores.views.delete(workspaceId, id))) throw new AppError('VIEW_NOT_FOUND');
}

/** A tag's colour (null: the default grey). Tags live on links; colouring one nobody uses yet is allowed. */
export async function setTagColor(ctx: AppContext, workspaceId: string, tag: string, color: TagColor | null): Promise<void> {
  await ctx.stores.tagColors.set(workspaceId, tag.trim(), color);
}
