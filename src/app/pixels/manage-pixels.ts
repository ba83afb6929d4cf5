import { AppError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { Pixel } from '../../core/pixel.js';
import type { AppContext } from '../context.js';
import { checkTagId } from './check-tag-id.js';
import type { PixelInput, PixelPatch } from './pixel-input.js';
import { allLinksChanged, serverSetupsChanged } from '../redirect/cache-invalidation.js';
import { PixelServerStore } from '../../storage/pixel-server-store.js';

export async function getPixelOrThrow(ctx: AppContext, workspaceId: string, id: string): Promise<Pixel> {
  const pixel = await ctx.stores.pixels.get(workspaceId, id);
  if (!pixel) throw new AppError('PIXEL_NOT_FOUND');
  return pixel;
}

export async function createPixel(ctx: AppContext, workspaceId: string, input: PixelInput): Promise<Pixel> {
  const now = ctx.clock.now();
  const tagId = checkTagId(input.platform, input.tagId);
  const pixel: Pixel = {
    id: newId('pixel', now, ctx.random),
    workspaceId,
    platform: input.platform,
    tagId,
    name: input.name?.trim() || `${input.platform} ${tagId}`,
    isDefault: input.isDefault ?? false,
    createdAt: now,
    updatedAt: now,
  };
  throwIfDuplicate(await ctx.stores.pixels.insert(pixel));
  return pixel;
}

/** Editing a pixel changes what every link using it fires, so the whole link cache is dropped. */
export async function updatePixel(ctx: AppContext, workspaceId: string, id: string, patch: PixelPatch): Promise<Pixel> {
  const current = await getPixelOrThrow(ctx, workspaceId, id);
  const platform = patch.platform ?? current.platform;
  const next: Pixel = {
    ...current,
    platform,
    tagId: patch.tagId !== undefined || patch.platform !== undefined ? checkTagId(platform, patch.tagId ?? current.tagId) : current.tagId,
    name: patch.name?.trim() || current.name,
    isDefault: patch.isDefault ?? current.isDefault,
    updatedAt: ctx.clock.now(),
  };
  throwIfDuplicate(await ctx.stores.pixels.update(next));
  // Server-side credentials belong to one platform's account: a pixel moved to another platform loses them.
  if (next.platform !== current.platform) await new PixelServerStore(ctx.stores.database).delete(id);
  allLinksChanged(ctx);
  await serverSetupsChanged(ctx);
  return next;
}

/** The same platform and tag id twice would fire the same pixel twice per click. */
function throwIfDuplicate(result: 'ok' | { duplicateOf: string }): void {
  if (result !== 'ok') throw new AppError('PIXEL_DUPLICATE', undefined, { field: 'tagId', pixelId: result.duplicateOf });
}

export async function deletePixel(ctx: AppContext, workspaceId: string, id: string): Promise<void> {
  if (!(await ctx.stores.pixels.delete(workspaceId, id))) throw new AppError('PIXEL_NOT_FOUND');
  allLinksChanged(ctx);
  await serverSetupsChanged(ctx);
}
