/**
 * Webhook endpoints: create (the signing secret is returned once), update, turn on and off,
 * delete, rotate the secret (docs/webhooks.md "Endpoints").
 */
import { AppError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { WebhookEndpoint } from '../../core/webhooks/endpoint.js';
import type { SecretInfo } from '../../storage/webhook-store.js';
import type { AppContext } from '../context.js';
import { serverSetupsChanged } from '../redirect/cache-invalidation.js';
import { checkWebhookUrl } from './check-webhook-url.js';
import { newSigningSecret, secretHint } from './signing-secret.js';
import { DEFAULT_ROTATION_OVERLAP_HOURS, MAX_ENDPOINTS_PER_WORKSPACE, type WebhookInput, type WebhookPatch } from './webhook-input.js';

export type EndpointView = WebhookEndpoint & { secret: SecretInfo };

export async function getWebhookOrThrow(ctx: AppContext, workspaceId: string, id: string): Promise<EndpointView> {
  const endpoint = await ctx.stores.webhooks.get(workspaceId, id);
  if (!endpoint) throw new AppError('WEBHOOK_NOT_FOUND');
  return endpoint;
}

/**
 * @example const { endpoint, secret } = await createWebhook(ctx, ws, { url: 'https://crm.example/hooks', events: ['link.created'] });
 */
export async function createWebhook(ctx: AppContext, workspaceId: string, input: WebhookInput): Promise<{ endpoint: EndpointView; secret: string }> {
  if ((await ctx.stores.webhooks.count(workspaceId)) >= MAX_ENDPOINTS_PER_WORKSPACE) throw new AppError('WEBHOOK_LIMIT_REACHED');
  const now = ctx.clock.now();
  const enabled = input.enabled ?? true;
  const endpoint: WebhookEndpoint = {
    id: newId('webhook', now, ctx.random),
    workspaceId,
    url: await checkWebhookUrl(ctx, input.url),
    description: input.description?.trim() || null,
    events: unique(input.events),
    filter: { linkIds: await checkLinkIds(ctx, workspaceId, input.linkIds ?? []), tags: unique(input.tags ?? []) },
    enabled,
    disabledReason: enabled ? null : 'manual',
    disabledAt: enabled ? null : now,
    failingSince: null,
    createdAt: now,
    updatedAt: now,
  };
  const secret = newSigningSecret(ctx.random);
  await ctx.stores.webhooks.insert(endpoint, { value: secret, hint: secretHint(secret) });
  await subscriptionsChanged(ctx);
  return { endpoint: { ...endpoint, secret: { hint: secretHint(secret), previousUntil: null } }, secret };
}

/** Absent fields stay. Turning an endpoint back on clears why it was off and its failing spell. */
export async function updateWebhook(ctx: AppContext, workspaceId: string, id: string, patch: WebhookPatch): Promise<EndpointView> {
  const current = await getWebhookOrThrow(ctx, workspaceId, id);
  const now = ctx.clock.now();
  const next: EndpointView = {
    ...current,
    url: patch.url === undefined || patch.url === current.url ? current.url : await checkWebhookUrl(ctx, patch.url),
    description: patch.description === undefined ? current.description : patch.description?.trim() || null,
    events: patch.events ? unique(patch.events) : current.events,
    filter: {
      linkIds: patch.linkIds ? await checkLinkIds(ctx, workspaceId, patch.linkIds) : current.filter.linkIds,
      tags: patch.tags ? unique(patch.tags) : current.filter.tags,
    },
    updatedAt: now,
  };
  if (patch.enabled === true && !current.enabled) Object.assign(next, { enabled: true, disabledReason: null, disabledAt: null, failingSince: null });
  if (patch.enabled === false && current.enabled) Object.assign(next, { enabled: false, disabledReason: 'manual', disabledAt: now });
  if (!(await ctx.stores.webhooks.update(next))) throw new AppError('WEBHOOK_NOT_FOUND');
  await subscriptionsChanged(ctx);
  return next;
}

/** Deleting an endpoint drops what was still waiting for it; its log and messages age out. */
export async function deleteWebhook(ctx: AppContext, workspaceId: string, id: string): Promise<void> {
  if (!(await ctx.stores.webhooks.delete(workspaceId, id))) throw new AppError('WEBHOOK_NOT_FOUND');
  await subscriptionsChanged(ctx);
}

/**
 * The click writer (on every node) spools only the clicks of workspaces with `click` endpoints:
 * it re-reads which those are now, like after a pixel's server setup changed, so the next click
 * already counts.
 */
async function subscriptionsChanged(ctx: AppContext): Promise<void> {
  await serverSetupsChanged(ctx);
}

/**
 * A new signing secret, returned once. The previous one keeps signing (both signatures are sent)
 * for `overlapHours`, so receivers can switch without losing a message; 0 ends it at once.
 */
export async function rotateWebhookSecret(ctx: AppContext, workspaceId: string, id: string, overlapHours = DEFAULT_ROTATION_OVERLAP_HOURS): Promise<{ endpoint: EndpointView; secret: string }> {
  const now = ctx.clock.now();
  const secret = newSigningSecret(ctx.random);
  const previousUntil = now + overlapHours * 3_600_000;
  if (!(await ctx.stores.webhooks.rotateSecret(workspaceId, id, { value: secret, hint: secretHint(secret) }, previousUntil, now))) throw new AppError('WEBHOOK_NOT_FOUND');
  return { endpoint: await getWebhookOrThrow(ctx, workspaceId, id), secret };
}

async function checkLinkIds(ctx: AppContext, workspaceId: string, ids: readonly string[]): Promise<string[]> {
  const wanted = unique(ids);
  const found = await ctx.stores.webhooks.existingLinks(workspaceId, wanted);
  const unknown = wanted.find((id) => !found.has(id));
  if (unknown !== undefined) throw new AppError('LINK_UNKNOWN', `linkIds: ${unknown} is not a link of this workspace.`, { field: 'linkIds', linkId: unknown });
  return wanted;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
