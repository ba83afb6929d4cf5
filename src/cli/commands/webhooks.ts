/**
 * `ricochet webhooks …`: manage a workspace's webhook endpoints from the shell, with the same use
 * cases (and the same checks) as the API (docs/webhooks.md).
 */
import type { AppContext } from '../../app/context.js';
import { createWebhook, deleteWebhook, rotateWebhookSecret, updateWebhook, type EndpointView } from '../../app/webhooks/manage-webhooks.js';
import { AppError } from '../../core/errors.js';
import { isWebhookEvent, WEBHOOK_EVENTS, type WebhookEventType } from '../../core/webhooks/events.js';
import { workspaceByNameOrThrow } from '../find-workspace.js';
import { emit } from '../output.js';
import { withContext } from '../with-context.js';

interface Common {
  workspace: string;
  json?: boolean;
}

const list = (text: string | undefined) => (text ?? '').split(',').map((t) => t.trim()).filter(Boolean);

function describe(e: EndpointView): string {
  const state = e.enabled ? (e.failingSince ? `on, failing since ${new Date(e.failingSince).toISOString()}` : 'on') : `off (${e.disabledReason})`;
  const filter = [...e.filter.linkIds, ...e.filter.tags.map((t) => `#${t}`)].join(' ');
  return `${e.id}  ${state}\n  ${e.url}\n  events: ${e.events.join(', ')}${filter ? `\n  only: ${filter}` : ''}${e.description ? `\n  ${e.description}` : ''}`;
}

function view(e: EndpointView) {
  const { secret, ...rest } = e;
  return { ...rest, secretHint: secret.hint, previousSecretUntil: secret.previousUntil };
}

/** Run a webhook command in the named workspace (errors are reported by `command`, src/cli/output.ts). */
async function run(opts: Common, work: (ctx: AppContext, workspaceId: string) => Promise<void>): Promise<void> {
  await withContext(async (ctx) => work(ctx, (await workspaceByNameOrThrow(ctx, opts.workspace)).id));
}

function eventsOrThrow(text: string): WebhookEventType[] {
  const events = list(text);
  const bad = events.filter((e) => !isWebhookEvent(e));
  if (events.length === 0 || bad.length > 0) {
    throw new AppError('VALIDATION_FAILED', `events: unknown event ${bad.join(', ') || '(none given)'}; events are ${WEBHOOK_EVENTS.join(', ')}.`, { field: 'events' });
  }
  return events as WebhookEventType[];
}

export async function webhooksList(opts: Common): Promise<void> {
  await run(opts, async (ctx, workspaceId) => {
    const page = await ctx.stores.webhooks.list(workspaceId, { limit: 100, after: null });
    emit(opts, page.items.map(view), () => (page.items.length === 0 ? 'No webhook endpoints.' : page.items.map(describe).join('\n\n')));
  });
}

export async function webhooksCreate(url: string, opts: Common & { events: string; tags?: string; links?: string; description?: string }): Promise<void> {
  await run(opts, async (ctx, workspaceId) => {
    const { endpoint, secret } = await createWebhook(ctx, workspaceId, {
      url,
      events: eventsOrThrow(opts.events),
      tags: list(opts.tags),
      linkIds: list(opts.links),
      ...(opts.description ? { description: opts.description } : {}),
    });
    emit(opts, { ...view(endpoint), secret }, () => `Created ${describe(endpoint)}\nSigning secret (shown once): ${secret}`);
  });
}

export async function webhooksSet(id: string, opts: Common & { enabled: boolean }): Promise<void> {
  await run(opts, async (ctx, workspaceId) => {
    const endpoint = await updateWebhook(ctx, workspaceId, id, { enabled: opts.enabled });
    emit(opts, view(endpoint), () => describe(endpoint));
  });
}

export async function webhooksDelete(id: string, opts: Common): Promise<void> {
  await run(opts, async (ctx, workspaceId) => {
    await deleteWebhook(ctx, workspaceId, id);
    emit(opts, { deleted: id }, () => `Deleted ${id}.`);
  });
}

export async function webhooksRotate(id: string, opts: Common & { overlapHours: number }): Promise<void> {
  await run(opts, async (ctx, workspaceId) => {
    const { endpoint, secret } = await rotateWebhookSecret(ctx, workspaceId, id, opts.overlapHours);
    const until = endpoint.secret.previousUntil;
    emit(opts, { ...view(endpoint), secret }, () => `New signing secret (shown once): ${secret}\n${until ? `The previous secret also signs until ${new Date(until).toISOString()}.` : 'The previous secret no longer signs.'}`);
  });
}
