import { z } from '@hono/zod-openapi';
import { CONSENT_OUTCOMES } from '../../../core/consent/consent-decision.js';
import { PLATFORMS } from '../../../core/pixels/platform.js';

export const StatsQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Start (inclusive). Default: 30 days before `to`.' }),
  to: z.iso.datetime({ offset: true }).optional().openapi({ description: 'End (exclusive). Default: now.' }),
  interval: z.enum(['hour', 'day']).default('day').openapi({ description: 'Timeseries bucket; days are in the workspace time zone. `hour` allows ranges up to 31 days.' }),
  top: z.coerce.number().int().min(1).max(100).default(10).openapi({ description: 'Entries per top list.' }),
});

const Totals = z
  .object({
    clicks: z.number().int().openapi({ description: 'humanClicks + bots.' }),
    humanClicks: z.number().int().openapi({ description: 'Every human click, repeats included.' }),
    bots: z.number().int().openapi({ description: 'Recorded bot and link-preview hits.' }),
    uniqueVisitors: z.number().int().openapi({ description: 'Distinct visitors over the UTC days the range touches (from sketches: a returning person counts once).' }),
    pixelFires: z.number().int().openapi({ description: 'Pixels the interstitial was told to fire (per pixel per click).' }),
    pixelConfirmed: z.number().int().openapi({ description: 'Of those, pixels whose hit the interstitial saw leave the browser.' }),
  })
  .openapi('StatsTotals');

const Point = z
  .object({
    t: z.string().openapi({ description: 'Bucket start (ISO 8601, UTC).' }),
    date: z.string().optional().openapi({ description: 'Local date of a `day` bucket in the workspace time zone.' }),
    clicks: z.number().int(),
    humanClicks: z.number().int(),
    bots: z.number().int(),
    uniqueVisitors: z.number().int(),
  })
  .openapi('StatsPoint');

const Top = z.array(
  z.object({
    value: z.string().openapi({ description: '`""` means unknown / none (e.g. direct traffic for referrers).' }),
    clicks: z.number().int(),
    humanClicks: z.number().int(),
    bots: z.number().int(),
  }),
);

export const StatsResponse = z
  .object({
    from: z.string(),
    to: z.string(),
    interval: z.enum(['hour', 'day']),
    timeZone: z.string(),
    totals: Totals,
    timeseries: z.array(Point),
    countries: Top,
    devices: Top,
    browsers: Top,
    os: Top,
    referrers: Top,
    utm: z.object({ source: Top, medium: Top, campaign: Top, term: Top, content: Top }),
    consent: z.array(z.object({ outcome: z.string().openapi({ description: `One of ${CONSENT_OUTCOMES.join(', ')}.` }), clicks: z.number().int() })),
    pixels: z.array(
      z.object({
        pixelId: z.string(),
        fires: z.number().int(),
        confirmed: z.number().int(),
        yield: z.number().nullable().openapi({ description: 'confirmed / fires, null when nothing fired.' }),
      }),
    ),
  })
  .openapi('Stats');

export const AudienceResponse = z
  .object({
    pixelId: z.string(),
    platform: z.enum(PLATFORMS),
    windows: z.array(
      z.object({
        days: z.number().int(),
        visitors: z.number().int().openapi({ description: 'Distinct visitors the pixel fired for in the window (from sketches: a returning person counts once).' }),
        returnVisitors: z.number().int().openapi({ description: 'Visitors reached in both halves of the window.' }),
      }),
    ),
    growth: z.array(z.object({ date: z.string(), visitors: z.number().int(), cumulative: z.number().int() })).openapi({ description: 'Per UTC day over the last 180 days: that day’s visitors, and the distinct visitors since the first of those days.' }),
    readiness: z.object({
      minimum: z.number().int().nullable().openapi({ description: 'The platform’s minimum audience size (null: unknown).' }),
      lookbackDays: z.number().int(),
      visitors: z.number().int(),
      progress: z.number().nullable().openapi({ description: 'visitors / minimum, capped at 1.' }),
      ready: z.boolean().nullable(),
      source: z.string(),
      note: z.string(),
    }),
  })
  .openapi('Audience');

export const ClicksCsvQuery = z.object({
  linkId: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  bots: z.enum(['include', 'exclude', 'only']).default('include'),
});
