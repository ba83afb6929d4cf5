import { conversionMessages } from '../webhooks/webhook-messages.js';
import { leadKey, sameSale, type Conversion, type ConversionKind } from '../../core/conversions/conversion.js';
import { deliveryFor } from '../../core/conversions/plan.js';
import { platformApi } from '../../core/conversions/platforms/index.js';
import type { ServerEvent, ServerVisit } from '../../core/conversions/server-event.js';
import { serverConsent, serverEventAllowed } from '../../core/conversions/server-consent.js';
import { AppError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { pixelDestination } from '../../conversions/pixel-destinations.js';
import type { NewDelivery } from '../../delivery/port.js';
import { ConversionStore, type AttributableClick } from '../../storage/conversion-store.js';
import { OutboxStore } from '../../storage/outbox-store.js';
import { PixelServerStore } from '../../storage/pixel-server-store.js';
import type { AppContext } from '../context.js';
import { hashUser } from './hash-user.js';

export interface LeadInput {
  clickId: string;
  eventName?: string | undefined;
  customerId: string;
  email?: string | undefined;
  phone?: string | undefined;
  /** The customer's browser, when the merchant's server knows it (Meta's `website` events need one). */
  userAgent?: string | undefined;
}

export interface SaleInput {
  customerId: string;
  amount: number;
  currency: string;
  invoiceId: string;
  eventName?: string | undefined;
  /** The click to credit; by default the customer's latest lead's. */
  clickId?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  userAgent?: string | undefined;
}

export interface Tracked {
  conversion: Conversion;
  /** False when this was a retry of a conversion already stored (nothing new was stored or sent). */
  created: boolean;
  /** Pixels the conversion was queued for as a server event. */
  forwardedTo: string[];
}

/**
 * `POST /track/lead` (docs/conversions.md): credit a lead to its click. Idempotent by event name
 * and customer: a retry answers the stored lead and sends nothing again.
 */
export async function trackLead(ctx: AppContext, workspaceId: string, input: LeadInput): Promise<Tracked> {
  const eventName = input.eventName ?? 'Lead';
  const existing = await conversions(ctx).byDedupKey(workspaceId, 'lead', leadKey(eventName, input.customerId));
  if (existing) return { conversion: existing, created: false, forwardedTo: [] };
  const click = await attributableClick(ctx, workspaceId, input.clickId);
  return record(ctx, workspaceId, click, { kind: 'lead', eventName, dedupKey: leadKey(eventName, input.customerId), amount: null, currency: null, invoiceId: null }, input);
}

/**
 * `POST /track/sale`: credit a sale to a click (given, or the customer's lead's). Idempotent by
 * invoice id: the same invoice with the same customer, amount and currency answers the stored
 * sale; with different ones it is a conflict.
 */
export async function trackSale(ctx: AppContext, workspaceId: string, input: SaleInput): Promise<Tracked> {
  const existing = await conversions(ctx).byDedupKey(workspaceId, 'sale', input.invoiceId);
  if (existing) {
    if (!sameSale(existing, { customerId: input.customerId, amount: input.amount, currency: input.currency })) {
      throw new AppError('INVOICE_CONFLICT', undefined, { invoiceId: input.invoiceId, stored: { customerId: existing.customerId, amount: existing.amount, currency: existing.currency } });
    }
    return { conversion: existing, created: false, forwardedTo: [] };
  }
  const clickId = input.clickId ?? (await conversions(ctx).leadClick(workspaceId, input.customerId));
  if (clickId === null) throw new AppError('CUSTOMER_NOT_FOUND', undefined, { customerId: input.customerId });
  const click = await attributableClick(ctx, workspaceId, clickId);
  const tracked = await record(
    ctx,
    workspaceId,
    click,
    { kind: 'sale', eventName: input.eventName ?? 'Purchase', dedupKey: input.invoiceId, amount: input.amount, currency: input.currency, invoiceId: input.invoiceId },
    input,
  );
  if (!tracked.created && !sameSale(tracked.conversion, { customerId: input.customerId, amount: input.amount, currency: input.currency })) {
    throw new AppError('INVOICE_CONFLICT', undefined, { invoiceId: input.invoiceId });
  }
  return tracked;
}

const conversions = (ctx: AppContext) => new ConversionStore(ctx.stores.database);

export async function getConversionOrThrow(ctx: AppContext, workspaceId: string, id: string): Promise<Conversion> {
  const found = await conversions(ctx).get(workspaceId, id);
  if (!found) throw new AppError('CONVERSION_NOT_FOUND');
  return found;
}

async function attributableClick(ctx: AppContext, workspaceId: string, clickId: string): Promise<AttributableClick> {
  const click = await conversions(ctx).click(workspaceId, clickId);
  if (!click || click.bot) throw new AppError('CLICK_NOT_FOUND', undefined, { clickId });
  if (click.at < ctx.clock.now() - ctx.config.attributionWindowMs) throw new AppError('ATTRIBUTION_EXPIRED', undefined, { clickId, clickedAt: new Date(click.at).toISOString() });
  return click;
}

async function record(
  ctx: AppContext,
  workspaceId: string,
  click: AttributableClick,
  what: { kind: ConversionKind; eventName: string; dedupKey: string; amount: number | null; currency: string | null; invoiceId: string | null },
  input: { customerId: string; email?: string | undefined; phone?: string | undefined; userAgent?: string | undefined },
): Promise<Tracked> {
  const now = ctx.clock.now();
  const user = hashUser(input);
  const conversion: Conversion = {
    id: newId('conversion', now, ctx.random),
    workspaceId,
    kind: what.kind,
    eventName: what.eventName,
    dedupKey: what.dedupKey,
    clickId: click.id,
    linkId: click.linkId,
    campaign: click.campaign,
    customerId: input.customerId,
    emailHash: user.emailSha256,
    phoneHash: user.phoneSha256,
    amount: what.amount,
    currency: what.currency,
    invoiceId: what.invoiceId,
    at: now,
  };
  // The same consent as the click: a pixel that did not fire for it gets no conversion either.
  const allowed = new Set(click.pixels.filter((p) => serverEventAllowed(p.outcome)).map((p) => p.id));
  if (click.consent === 'granted_prompt') for (const id of click.confirmed) allowed.add(id);
  const setups = await new PixelServerStore(ctx.stores.database).enabledSetups([...allowed]);
  const visit: ServerVisit = {
    clickId: click.id,
    at: now,
    clickAt: click.at,
    pageUrl: click.link?.url ?? ctx.config.publicUrl,
    referrer: null,
    userAgent: input.userAgent ?? null,
    clickIds: click.clickIds,
    country: click.country,
    consent: serverConsent(click.consent, click.country),
    serverOnly: false,
    user,
  };
  const event: ServerEvent = {
    kind: what.kind === 'lead' ? 'lead' : 'purchase',
    eventId: conversion.id,
    name: what.eventName,
    params: { link_id: click.linkId, ...(click.campaign ? { campaign: click.campaign } : {}) },
    value: what.amount === null || what.currency === null ? null : { amount: what.amount, currency: what.currency },
    orderId: what.invoiceId,
  };
  const deliveries: NewDelivery[] = [];
  for (const setup of setups) {
    const api = platformApi(setup.platform);
    const delivery = api ? deliveryFor(api, setup, visit, [event]) : null;
    if (delivery) deliveries.push({ destination: pixelDestination(setup.pixelId), workspaceId: conversion.workspaceId, payload: delivery, sealed: null, eventAt: now });
  }
  const outbox = new OutboxStore(ctx.stores.database);
  const webhooks = conversionMessages(ctx, conversion);
  const stored = await conversions(ctx).insert(conversion, async (trx) => {
    await outbox.enqueue(deliveries, { node: 'api', now }, trx);
    await webhooks(trx);
  });
  return { ...stored, forwardedTo: stored.created ? deliveries.map((d) => d.destination.slice('pixel:'.length)) : [] };
}

