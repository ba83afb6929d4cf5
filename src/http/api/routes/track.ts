import { OpenAPIHono, createRoute, type z } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { getConversionOrThrow, trackLead, trackSale, type Tracked } from '../../../app/conversions/track-conversion.js';
import type { Conversion } from '../../../core/conversions/conversion.js';
import type { ApiEnv } from '../env.js';
import { requirePermission } from '../middleware.js';
import { created, errorResponses, ok } from '../responses.js';
import { idParam } from '../schemas/common.js';
import { ConversionResponse, LeadBody, SaleBody, TrackResponse } from '../schemas/track-schemas.js';
import { API_BASE } from './paths.js';

const tags = ['conversions'];
const security = [{ bearer: [] }];

function presentConversion(c: Conversion): z.infer<typeof ConversionResponse> {
  return {
    id: c.id, kind: c.kind, eventName: c.eventName, clickId: c.clickId, linkId: c.linkId, campaign: c.campaign, customerId: c.customerId,
    amount: c.amount, currency: c.currency, invoiceId: c.invoiceId, at: new Date(c.at).toISOString(),
  };
}

const present = (t: Tracked): z.infer<typeof TrackResponse> => ({ ...presentConversion(t.conversion), duplicate: !t.created, forwardedTo: t.forwardedTo });

/** `POST /track/lead` and `/track/sale` (docs/conversions.md "Conversion tracking"). */
export function trackRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  const write = requirePermission('write:conversions');

  app.openapi(
    createRoute({
      method: 'post', path: '/track/lead', operationId: 'createLead', tags, security, middleware: [write] as const,
      summary: 'Track a lead',
      description:
        'Credit a lead (a sign-up, a form) to the click that brought the customer: the click id your destination received in `rc_click`. ' +
        'The lead is attributed to the click, its link and its campaign, and forwarded as a Lead server event to the click’s pixels that fired. ' +
        'Idempotent by event name and customer: a retry answers 200 with the stored lead (`duplicate: true`).',
      request: { body: { content: { 'application/json': { schema: LeadBody } }, required: true } },
      responses: {
        201: created(TrackResponse, 'Tracked; `Location` is the conversion.'),
        200: ok(TrackResponse, 'Already tracked (a retry): the stored lead, nothing sent again.'),
        ...errorResponses({ body: true, write: true }, ['CLICK_NOT_FOUND', 'ATTRIBUTION_EXPIRED']),
      },
    }),
    async (c) => {
      const tracked = await trackLead(ctx, c.var.key.workspaceId, c.req.valid('json'));
      if (!tracked.created) return c.json(present(tracked), 200);
      c.header('location', `${API_BASE}/conversions/${tracked.conversion.id}`);
      return c.json(present(tracked), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/track/sale', operationId: 'createSale', tags, security, middleware: [write] as const,
      summary: 'Track a sale',
      description:
        'Credit a sale to a click — `clickId`, or by default the click of the customer’s latest lead — with its amount in minor units and currency. ' +
        'Forwarded as a Purchase server event with the click’s own ad click ids. Idempotent by `invoiceId`: the same invoice again answers 200 ' +
        '(`duplicate: true`); with another customer, amount or currency it is a conflict (409 `INVOICE_CONFLICT`).',
      request: { body: { content: { 'application/json': { schema: SaleBody } }, required: true } },
      responses: {
        201: created(TrackResponse, 'Tracked; `Location` is the conversion.'),
        200: ok(TrackResponse, 'Already tracked (a retry): the stored sale, nothing sent again.'),
        ...errorResponses({ body: true, write: true }, ['CLICK_NOT_FOUND', 'CUSTOMER_NOT_FOUND', 'ATTRIBUTION_EXPIRED', 'INVOICE_CONFLICT']),
      },
    }),
    async (c) => {
      const tracked = await trackSale(ctx, c.var.key.workspaceId, c.req.valid('json'));
      if (!tracked.created) return c.json(present(tracked), 200);
      c.header('location', `${API_BASE}/conversions/${tracked.conversion.id}`);
      return c.json(present(tracked), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/conversions/{id}', operationId: 'getConversion', tags, security,
      summary: 'Get a lead or sale',
      description: 'One tracked conversion by id, with the click, link and campaign it is attributed to.',
      request: { params: idParam('conversion') },
      responses: { 200: ok(ConversionResponse, 'The conversion.'), ...errorResponses({ params: true }, ['CONVERSION_NOT_FOUND']) },
    }),
    async (c) => c.json(presentConversion(await getConversionOrThrow(ctx, c.var.key.workspaceId, c.req.valid('param').id)), 200),
  );
}
