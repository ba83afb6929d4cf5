import { z } from '@hono/zod-openapi';
import { CONSENT_OUTCOMES } from '../../../core/consent/consent-decision.js';
import { PLATFORMS } from '../../../core/pixels/platform.js';
import { EXAMPLE_IDS, EXAMPLE_TIME, timestamp } from './common.js';

/** `7d`, `24h`, `all`: a range ending now, or everything since the link (workspace) was created. */
export const RANGE_PATTERN = /^(?:[1-9][0-9]{0,2}[hd]|all)$/;

/** A date (`2026-12-01`, a whole day in the workspace time zone) or an instant with an offset. */
const dateOrInstant = (description: string) =>
  z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional().openapi({ description, example: '2026-12-01' });

export const rangeFields = {
  range: z
    .string()
    .regex(RANGE_PATTERN, 'Use a number of hours or days (`24h`, `7d`, `30d`) or `all`.')
    .optional()
    .openapi({ description: 'A range ending now: `<n>h` or `<n>d` (n up to 999), or `all` (since the link — for workspace stats, the workspace — was created). Not with `from`/`to`.', example: '7d' }),
  from: dateOrInstant('Start (inclusive). A date starts at midnight in the workspace time zone. Default: 30 days before `to`.'),
  to: dateOrInstant('End. A date includes that whole day in the workspace time zone; an instant is exclusive. Default: now.'),
};

export const StatsQuery = z.object({
  ...rangeFields,
  interval: z.enum(['hour', 'day']).default('day').openapi({ description: 'Timeseries bucket; days are in the workspace time zone. `hour` allows ranges up to 31 days.', example: 'day' }),
  top: z.coerce.number().int().min(1).max(100).default(10).openapi({ description: 'Entries per top list.', example: 10 }),
});

const count = (description?: string) => z.number().int().min(0).openapi(description ? { description } : {});

const Totals = z
  .object({
    clicks: count('Every recorded click: humanClicks + bots.'),
    humanClicks: count('Every human click, repeats included.'),
    bots: count('Recorded bot and link-preview hits.'),
    uniqueVisitors: count('Distinct visitors over the UTC days the range touches (from sketches: a returning person counts once).'),
    pixelFires: count('Pixels the interstitial was told to fire (per pixel per click).'),
    pixelConfirmed: count('Of those, pixels whose hit the interstitial saw leave the browser.'),
  })
  .openapi('StatsTotals', { example: { clicks: 1610, humanClicks: 1520, bots: 90, uniqueVisitors: 1301, pixelFires: 1200, pixelConfirmed: 1150 } });

const Point = z
  .object({
    t: timestamp('Bucket start (UTC).'),
    date: z.iso.date().optional().openapi({ description: 'Local date of a `day` bucket in the workspace time zone.', example: '2026-12-01' }),
    clicks: count(),
    humanClicks: count(),
    bots: count(),
    uniqueVisitors: count(),
  })
  .openapi('StatsPoint', { example: { t: '2026-11-30T23:00:00.000Z', date: '2026-12-01', clicks: 54, humanClicks: 50, bots: 4, uniqueVisitors: 44 } });

const TopEntry = z
  .object({
    value: z.string().openapi({ description: '`""` means unknown / none (e.g. direct traffic for referrers).' }),
    clicks: count(),
    humanClicks: count(),
    bots: count(),
  })
  .openapi('StatsTopEntry', { example: { value: 'DE', clicks: 420, humanClicks: 400, bots: 20 } });
const Top = z.array(TopEntry);

const PixelYield = z
  .object({
    pixelId: z.string(),
    fires: count(),
    confirmed: count(),
    yield: z.number().min(0).max(1).nullable().openapi({ description: 'confirmed / fires, null when nothing fired.' }),
  })
  .openapi('PixelYield', { example: { pixelId: EXAMPLE_IDS.pixel, fires: 1200, confirmed: 1150, yield: 0.958 } });

const asOf = timestamp('When these figures were read. Clicks reach them a few seconds after they happen (they are written in batches), so the most recent seconds may be missing.');

export const StatsResponse = z
  .object({
    from: timestamp(),
    to: timestamp(),
    interval: z.enum(['hour', 'day']),
    timeZone: z.string(),
    asOf,
    totals: Totals,
    timeseries: z.array(Point),
    countries: Top,
    devices: Top,
    browsers: Top,
    os: Top,
    referrers: Top,
    utm: z.object({ source: Top, medium: Top, campaign: Top, term: Top, content: Top }),
    consent: z.array(z.object({ outcome: z.enum(CONSENT_OUTCOMES), clicks: count() })),
    pixels: z.array(PixelYield),
  })
  .openapi('Stats', {
    example: {
      from: '2026-11-24T09:30:00.000Z',
      to: '2026-12-01T09:30:00.000Z',
      interval: 'day',
      timeZone: 'Europe/Berlin',
      asOf: EXAMPLE_TIME,
      totals: { clicks: 1610, humanClicks: 1520, bots: 90, uniqueVisitors: 1301, pixelFires: 1200, pixelConfirmed: 1150 },
      timeseries: [{ t: '2026-11-30T23:00:00.000Z', date: '2026-12-01', clicks: 54, humanClicks: 50, bots: 4, uniqueVisitors: 44 }],
      countries: [{ value: 'DE', clicks: 420, humanClicks: 400, bots: 20 }],
      devices: [{ value: 'mobile', clicks: 900, humanClicks: 880, bots: 20 }],
      browsers: [],
      os: [],
      referrers: [{ value: '', clicks: 300, humanClicks: 290, bots: 10 }],
      utm: { source: [], medium: [], campaign: [], term: [], content: [] },
      consent: [{ outcome: CONSENT_OUTCOMES[0], clicks: 1200 }],
      pixels: [{ pixelId: EXAMPLE_IDS.pixel, fires: 1200, confirmed: 1150, yield: 0.958 }],
    },
  });

export const AudienceResponse = z
  .object({
    pixelId: z.string(),
    platform: z.enum(PLATFORMS),
    asOf,
    windows: z.array(
      z.object({
        days: z.number().int().openapi({ example: 30 }),
        visitors: count('Distinct visitors the pixel fired for in the window (from sketches: a returning person counts once).'),
        returnVisitors: count('Visitors reached in both halves of the window.'),
      }),
    ),
    growth: z.array(z.object({ date: z.iso.date(), visitors: count(), cumulative: count() })).openapi({ description: 'Per UTC day over the last 180 days: that day’s visitors, and the distinct visitors since the first of those days.' }),
    readiness: z.object({
      minimum: z.number().int().nullable().openapi({ description: 'The platform’s minimum audience size (null: unknown).' }),
      lookbackDays: z.number().int(),
      visitors: count(),
      progress: z.number().min(0).max(1).nullable().openapi({ description: 'visitors / minimum, capped at 1.' }),
      ready: z.boolean().nullable(),
      source: z.string(),
      note: z.string(),
    }),
  })
  .openapi('Audience', {
    example: {
      pixelId: EXAMPLE_IDS.pixel,
      platform: 'meta',
      asOf: EXAMPLE_TIME,
      windows: [{ days: 30, visitors: 640, returnVisitors: 12 }],
      growth: [{ date: '2026-12-01', visitors: 44, cumulative: 640 }],
      readiness: { minimum: 100, lookbackDays: 180, visitors: 640, progress: 1, ready: true, source: 'Meta Business Help Center', note: 'At least 100 people from one source.' },
    },
  });

export const ClicksCsvQuery = z.object({
  linkId: z.string().max(64).optional().openapi({ description: 'Only this link’s clicks.', example: EXAMPLE_IDS.link }),
  ...rangeFields,
  bots: z.enum(['include', 'exclude', 'only']).default('include').openapi({ example: 'exclude' }),
});
