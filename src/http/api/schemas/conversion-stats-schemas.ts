import { z } from '@hono/zod-openapi';
import { CONVERSION_GROUPS } from '../../../app/conversions/get-conversion-stats.js';
import { EXAMPLE_IDS, EXAMPLE_TIME, timestamp } from './common.js';
import { rangeFields } from './stats-schemas.js';

export const ConversionStatsQuery = z.object({
  ...rangeFields,
  groupBy: z.enum(CONVERSION_GROUPS).default('day').openapi({ description: 'One row per day (workspace time zone), per link, or per campaign (the clicks’ `utm_campaign`).', example: 'day' }),
  linkId: z.string().max(64).optional().openapi({ description: 'Only this link’s conversions and clicks.', example: EXAMPLE_IDS.link }),
});

const figures = {
  humanClicks: z.number().int().min(0),
  leads: z.number().int().min(0),
  sales: z.number().int().min(0),
  revenue: z.record(z.string(), z.number().int()).openapi({ description: 'Sales revenue per currency, in minor units.', example: { EUR: 1999 } }),
  conversionRate: z.number().nullable().openapi({ description: 'Leads per human click; null without clicks.' }),
  saleRate: z.number().nullable().openapi({ description: 'Sales per human click; null without clicks.' }),
};

export const ConversionStatsResponse = z
  .object({
    from: timestamp(),
    to: timestamp(),
    timeZone: z.string(),
    groupBy: z.enum(CONVERSION_GROUPS),
    rows: z.array(z.object({ key: z.string().openapi({ description: 'The day, link id or campaign (`""`: clicks without one).' }), label: z.string().openapi({ description: 'The link’s slug for `link`; the key otherwise.' }), ...figures })),
    totals: z.object(figures),
    asOf: timestamp(),
  })
  .openapi('ConversionStats', {
    example: {
      from: EXAMPLE_TIME, to: EXAMPLE_TIME, timeZone: 'UTC', groupBy: 'link',
      rows: [{ key: EXAMPLE_IDS.link, label: 'spring-sale', humanClicks: 1520, leads: 40, sales: 12, revenue: { EUR: 23988 }, conversionRate: 0.026, saleRate: 0.0079 }],
      totals: { humanClicks: 1520, leads: 40, sales: 12, revenue: { EUR: 23988 }, conversionRate: 0.026, saleRate: 0.0079 },
      asOf: EXAMPLE_TIME,
    },
  });

export const CONVERSION_CSV_COLUMNS = ['group', 'key', 'label', 'human_clicks', 'leads', 'sales', 'currency', 'revenue', 'conversion_rate', 'sale_rate'] as const;
