import { platformApi } from '../../core/conversions/platforms/index.js';
import type { AccountField, PlatformApi } from '../../core/conversions/platform-api.js';
import { AppError } from '../../core/errors.js';
import type { Pixel } from '../../core/pixel.js';
import { pixelDestination, sealSecrets, openSecrets } from '../../conversions/pixel-destinations.js';
import { OutboxStore, type DeliveryCounts, type DeliveryStatus } from '../../storage/outbox-store.js';
import { PixelServerStore, type PixelServerRow } from '../../storage/pixel-server-store.js';
import type { AppContext } from '../context.js';
import { getPixelOrThrow } from '../pixels/manage-pixels.js';
import { serverSetupsChanged } from '../redirect/cache-invalidation.js';

/** A pixel's server-side delivery as the API shows it: settings, masked credentials, delivery status. */
export interface PixelServerView {
  pixel: Pixel;
  api: PlatformApi | null;
  row: PixelServerRow | null;
  counts: DeliveryCounts;
  status: DeliveryStatus;
  dead: Array<{ id: string; reason: string; message: string; at: number }>;
}

export interface PixelServerInput {
  enabled?: boolean;
  /** Plain settings; `null` removes one. */
  settings?: Record<string, string | null>;
  /** Credentials; a given one replaces the stored one (rotation), an absent one stays. */
  credentials?: Record<string, string>;
}

/** Shown instead of a credential: its last four characters, never more than a quarter of it. */
export function maskSecret(value: string): string {
  const tail = value.length >= 16 ? value.slice(-4) : '';
  return `••••${tail}`;
}

const stores = (ctx: AppContext) => ({ servers: new PixelServerStore(ctx.stores.database), outbox: new OutboxStore(ctx.stores.database) });

export async function getPixelServer(ctx: AppContext, workspaceId: string, pixelId: string): Promise<PixelServerView> {
  const pixel = await getPixelOrThrow(ctx, workspaceId, pixelId);
  const { servers, outbox } = stores(ctx);
  const key = pixelDestination(pixel.id);
  const [row, counts, status, dead] = await Promise.all([servers.get(pixel.id), outbox.counts([key]), outbox.status(key), outbox.dead(key, 10)]);
  return { pixel, api: platformApi(pixel.platform), row, counts: counts.get(key) as DeliveryCounts, status, dead };
}

/**
 * Set up (or change) a pixel's server-side delivery. Settings are checked against the platform's
 * fields; credentials are sealed at once (the plain values exist only in this request) and
 * replaced one by one, so a token is rotated by sending just it. Turning it on needs every
 * required field.
 */
export async function putPixelServer(ctx: AppContext, workspaceId: string, pixelId: string, input: PixelServerInput): Promise<PixelServerView> {
  const pixel = await getPixelOrThrow(ctx, workspaceId, pixelId);
  const api = platformApi(pixel.platform);
  if (!api) throw new AppError('SERVER_EVENTS_UNSUPPORTED', undefined, { platform: pixel.platform });
  const { servers } = stores(ctx);
  const current = await servers.get(pixel.id);
  const now = ctx.clock.now();

  const settings: Record<string, string> = { ...(current?.settings ?? {}) };
  for (const [name, value] of Object.entries(input.settings ?? {})) {
    const field = fieldOf(api, name, false);
    if (value === null || value.trim() === '') delete settings[name];
    else settings[name] = checked(field, value.trim());
  }
  const secrets: Record<string, string> = current ? openSecrets(ctx.secrets, pixel.id, current.sealedSecrets) : {};
  const hints: Record<string, string> = { ...(current?.hints ?? {}) };
  for (const [name, value] of Object.entries(input.credentials ?? {})) {
    const field = fieldOf(api, name, true);
    const clean = checked(field, value.trim());
    secrets[name] = clean;
    hints[name] = maskSecret(clean);
  }
  const enabled = input.enabled ?? current?.enabled ?? true;
  if (enabled) {
    const missing = api.fields.filter((f) => f.required && !(f.secret ? secrets[f.name] : settings[f.name])).map((f) => f.name);
    if (missing.length > 0) throw new AppError('SERVER_SETTINGS_INVALID', `Missing ${missing.join(', ')} (required to send).`, { missing });
  }
  await servers.put({
    pixelId: pixel.id,
    workspaceId,
    enabled,
    settings,
    sealedSecrets: sealSecrets(ctx.secrets, pixel.id, secrets),
    hints,
    createdAt: current?.createdAt ?? now,
    updatedAt: now,
  });
  await serverSetupsChanged(ctx);
  return getPixelServer(ctx, workspaceId, pixelId);
}

/** Stop server-side delivery and forget the credentials; what was queued is dropped (`destination_gone`). */
export async function deletePixelServer(ctx: AppContext, workspaceId: string, pixelId: string): Promise<void> {
  const pixel = await getPixelOrThrow(ctx, workspaceId, pixelId);
  if (!(await stores(ctx).servers.delete(pixel.id))) throw new AppError('SERVER_NOT_CONFIGURED');
  await serverSetupsChanged(ctx);
}

function fieldOf(api: PlatformApi, name: string, secret: boolean): AccountField {
  const field = api.fields.find((f) => f.name === name && f.secret === secret);
  if (!field) {
    const known = api.fields.filter((f) => f.secret === secret).map((f) => f.name);
    throw new AppError('SERVER_SETTINGS_INVALID', `Unknown ${secret ? 'credential' : 'setting'} \`${name}\` for ${api.platform}; known: ${known.join(', ') || 'none'}.`, { field: name, known });
  }
  return field;
}

function checked(field: AccountField, value: string): string {
  if (value === '' || value.length > 4096 || /[\u0000-\u001f]/.test(value) || (field.pattern && !field.pattern.test(value))) {
    throw new AppError('SERVER_SETTINGS_INVALID', `\`${field.name}\` does not look like a ${field.label}.`, { field: field.name });
  }
  return value;
}
