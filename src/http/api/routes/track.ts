import { OpenAPIHono, createRoute, type z } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { trackLead, trackSale, type Tracked } from '../../../app/conversions/track-conversion.js';
import type { ApiEnv } from '../env.js';
import { requirePermission } from '../middleware.js';
import { errorResponses, ok } from '../responses.js';
import { ConversionResponse, LeadBody, SaleBody } from '../schemas/track-schemas.js';

const tags = ['conversions'];
const security = [{ bearer: [] }];

function present(t: Tracked): z.infer<typeof ConversionResponse> {
  const c = t.conversion;
  return {
    id: c.id, kind: c.kind, eventName: c.eventName, clickId: c.clickId, linkId: c.linkId, campaign: c.campaign, customerId: c.customerId,
    amount: c.amount, currency: c.currency, invoiceId: c.invoiceId, at: new Date(c.at).toISOString(), duplicate: !t.created, forwardedTo: t.forwardedTo,
  };
}

/** `POST /track/lead` and `/track/sale` (docs/conversions.md "Conversion tracking"). */
export function trackRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  const write = requirePermission('write:conversions');

  app.openapi(
    createRoute({
      method: 'post', path: '/track/lead', operationId: 'trackLead', tags, security, middleware: [write] as const,
      summary: 'Track a lead',
      description:
        'Credit a lead (a sign-up, a form) to the click that brought the customer: the click id your destination received in `rc_click`. ' +
        'The lead is attributed to the click, its link and its campaign, and forwarded as a Lead server event to the click’s pixels that fired. ' +
        'Idempotent by event name and customer: a retry answers 200 with the stored lead (`duplicate: true`).',
      request: { body: { content: { 'application/json': { schema: LeadBody } }, required: true } },
      responses: {
        201: ok(ConversionResponse, 'Tracked.'),
        200: ok(ConversionResponse, 'Already tracked (a retry): the stored lead, nothing sent again.'),
        ...errorResponses({ body: true, write: true }, ['CLICK_NOT_FOUND', 'ATTRIBUTION_EXPIRED']),
      },
    }),
    async (c) => {
      const tracked = await trackLead(ctx, c.var.key.workspaceId, c.req.valid('json'));
      return tracked.created ? c.json(present(tracked), 201) : c.json(present(tracked), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/track/sale', operationId: 'trackSale', tags, security, middleware: [write] as const,
      summary: 'Track a sale',
      description:
        'Credit a sale to a click — `clickId`, or by default the click of the customer’s latest lead — with its amount in minor units and currency. ' +
        'Forwarded as a Purchase server event with the click’s own ad click ids. Idempotent by `invoiceId`: the same invoice again answers 200 ' +
        '(`duplicate: true`); with another customer, amount or currency it is a conflict (409 `INVOICE_CONFLICT`).',
      request: { body: { content: { 'application/json': { schema: SaleBody } }, required: true } },
      responses: {
        201: ok(ConversionResponse, 'Tracked.'),
        200: ok(ConversionResponse, 'Already tracked (a retry): the stored sale, nothing sent again.'),
        ...errorResponses({ body: true, write: true }, ['CLICK_NOT_FOUND', 'CUSTOMER_NOT_FOUND', 'ATTRIBUTION_EXPIRED', 'INVOICE_CONFLICT']),
      },
    }),
    async (c) => {
      const tracked = await trackSale(ctx, c.var.key.workspaceId, c.req.valid('json'));
      return tracked.created ? c.json(present(tracked), 201) : c.json(present(tracked), 200);
    },
  );
}
