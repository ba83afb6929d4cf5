import { z } from '@hono/zod-openapi';
import { CONSENT_OUTCOMES } from '../../../core/consent/consent-decision.js';
import { PLATFORMS } from '../../../core/pixels/platform.js';
import { MAX_GROUPS, STATS_GROUP_BY } from '../../../app/stats/stats-groups.js';
import { GLOSSARY } from '../../../core/glossary.js';
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

const filterValue = (description: string, example: string) => z.string().max(200).optional().openapi({ description, example });

/** Filters (docs/analytics.md, "Filters"); they combine (all must hold). */
const filterFields = {
  linkId: z.string().max(64).optional().openapi({ description: 'Only this link (workspace stats).', example: EXAMPLE_IDS.link }),
  tag: filterValue('Only links with this tag.', 'spring'),
  folderId: z.string().max(64).optional().openapi({ description: 'Only links in this folder (empty: in no folder).', example: 'fld_01kbmz3f8r9c2v6x4n7q5t8w0y' }),
  country: filterValue('Only clicks from this country (ISO code; empty: unknown). Click filters read the click rows: no `uniqueVisitors`.', 'DE'),
  device: filterValue('Only clicks from this device type (`desktop`, `mobile`, `tablet`, `other`).', 'mobile'),
  os: filterValue('Only clicks from this operating system, as the top list names it.', 'iOS'),
  browser: filterValue('Only clicks from this browser, as the top list names it.', 'Safari'),
  referrer: filterValue('Only clicks from this referrer host (empty: direct / none).', 'news.example.com'),
  utm_source: filterValue('Only clicks whose short link was visited with this `utm_source`.', 'newsletter'),
  utm_medium: filterValue('Only clicks with this `utm_medium`.', 'email'),
  utm_campaign: filterValue('Only clicks with this `utm_campaign`.', 'spring'),
  utm_term: filterValue('Only clicks with this `utm_term`.', 'shoes'),
  utm_content: filterValue('Only clicks with this `utm_content`.', 'banner'),
};
export const STATS_FILTER_KEYS = Object.keys(filterFields) as Array<keyof typeof filterFields>;

export const StatsQuery = z.object({
  ...rangeFields,
  interval: z.enum(['hour', 'day']).default('day').openapi({ description: 'Timeseries bucket; days are in the workspace time zone. `hour` allows ranges up to 31 days.', example: 'day' }),
  top: z.coerce.number().int().min(1).max(100).default(10).openapi({ description: 'Entries per top list.', example: 10 }),
  groupBy: z.enum(STATS_GROUP_BY).optional().openapi({
    description: `Also split the figures by one thing, into \`groups\`: \`day\` (every local date of the range, in order, zeros included), \`link\` (each live link by id), or a breakdown (\`country\`, \`device\`, \`browser\`, \`os\`, \`referrer\`, \`utmSource\`, …, \`consent\`; the whole UTC days the range touches). Except for days, the largest ${MAX_GROUPS.toLocaleString('en')} groups by human clicks, empty ones left out.`,
    example: 'day',
  }),
  compare: z.enum(['previous']).optional().openapi({ description: '`previous`: also answer the totals of the period of the same length just before (`previous`), to show the change.', example: 'previous' }),
  ...filterFields,
});

export const SparklineQuery = z.object({
  ids: z
    .preprocess((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => (typeof s === 'string' ? s.split(',') : [s])).filter((s) => s !== ''), z.array(z.string().min(1).max(64)).min(1).max(100))
    .openapi({ description: 'Up to 100 link ids: `ids=a&ids=b` or `ids=a,b`.', example: [EXAMPLE_IDS.link], param: { style: 'form', explode: true } }),
  days: z.coerce.number().int().min(2).max(90).default(14).openapi({ description: 'How many UTC days, ending today.', example: 14 }),
});

export const SparklineResponse = z
  .object({
    days: z.array(z.iso.date()).openapi({ description: 'The UTC days, oldest first.' }),
    data: z.array(z.object({ linkId: z.string(), humanClicks: z.array(z.number().int().min(0)).openapi({ description: 'Human clicks per day, one per entry of `days`.' }) })),
  })
  .openapi('Sparklines', { example: { days: ['2026-11-30', '2026-12-01'], data: [{ linkId: EXAMPLE_IDS.link, humanClicks: [12, 30] }] } });

const count = (description?: string) => z.number().int().min(0).openapi(description ? { description } : {});
const uniques = (description: string) => z.number().int().min(0).nullable().openapi({ description: `${description} Null under click filters (country, device, …): sketches are kept per link and day, not per click attribute.` });

const Totals = z
  .object({
    clicks: count(GLOSSARY.clicks.definition),
    humanClicks: count(GLOSSARY.humanClicks.definition),
    bots: count(GLOSSARY.bots.definition),
    uniqueVisitors: uniques(`${GLOSSARY.uniqueVisitors.definition} Over the UTC days the range touches, from sketches.`),
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
    uniqueVisitors: uniques('Visitors new for their UTC day in this bucket; also null for a set of links (a tag, a folder).'),
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
    yield: z.number().min(0).max(1).nullable().openapi({ description: `${GLOSSARY.yield.definition} Null when nothing fired.` }),
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
    filters: z.record(z.string(), z.string()).openapi({ description: 'The filters applied, as given.' }),
    totals: Totals,
    previous: z
      .object({ from: timestamp(), to: timestamp(), totals: Totals })
      .nullable()
      .openapi({ description: 'With `compare=previous`: the period of the same length just before, for the change on each figure.' }),
    timeseries: z.array(Point),
    hours: z.array(count()).length(24).openapi({ description: 'Human clicks per hour of the day (0–23) in the workspace time zone.' }),
    weekdays: z.array(count()).length(7).openapi({ description: 'Human clicks per day of the week, Monday first, in the workspace time zone.' }),
    countries: Top,
    devices: Top,
    browsers: Top,
    os: Top,
    referrers: Top,
    utm: z.object({ source: Top, medium: Top, campaign: Top, term: Top, content: Top }),
    links: z
      .array(
        z.object({
          linkId: z.string(),
          slug: z.string().nullable().openapi({ description: 'Null for a link deleted since (its clicks stay in the stats).' }),
          title: z.string().nullable(),
          shortUrl: z.string().nullable().openapi({ format: 'uri' }),
          clicks: count(),
          humanClicks: count(),
          bots: count(),
        }),
      )
      .openapi({ description: 'Top links by human clicks (workspace stats; empty for one link’s). Ranked by whole UTC days, like the top lists.' }),
    consent: z.array(z.object({ outcome: z.enum(CONSENT_OUTCOMES), clicks: count() })),
    pixels: z.array(PixelYield),
    groupBy: z.enum(STATS_GROUP_BY).optional().openapi({ description: 'The `groupBy` asked for; absent without one.' }),
    groups: z.array(TopEntry).optional().openapi({ description: 'The figures split by `groupBy`: `value` is the local date, the link id, or the dimension’s value (`""` = unknown). Absent without `groupBy`.' }),
  })
  .openapi('Stats', {
    example: {
      from: '2026-11-24T09:30:00.000Z',
      to: '2026-12-01T09:30:00.000Z',
      interval: 'day',
      timeZone: 'Europe/Berlin',
      asOf: EXAMPLE_TIME,
      filters: { tag: 'spring' },
      totals: { clicks: 1610, humanClicks: 1520, bots: 90, uniqueVisitors: 1301, pixelFires: 1200, pixelConfirmed: 1150 },
      previous: { from: '2026-11-17T09:30:00.000Z', to: '2026-11-24T09:30:00.000Z', totals: { clicks: 1400, humanClicks: 1330, bots: 70, uniqueVisitors: 1100, pixelFires: 1000, pixelConfirmed: 950 } },
      hours: [10, 4, 2, 1, 1, 3, 12, 40, 80, 110, 120, 115, 130, 120, 110, 100, 95, 100, 110, 120, 100, 80, 40, 20],
      weekdays: [260, 250, 240, 230, 220, 170, 150],
      timeseries: [{ t: '2026-11-30T23:00:00.000Z', date: '2026-12-01', clicks: 54, humanClicks: 50, bots: 4, uniqueVisitors: 44 }],
      countries: [{ value: 'DE', clicks: 420, humanClicks: 400, bots: 20 }],
      devices: [{ value: 'mobile', clicks: 900, humanClicks: 880, bots: 20 }],
      browsers: [],
      os: [],
      referrers: [{ value: '', clicks: 300, humanClicks: 290, bots: 10 }],
      utm: { source: [], medium: [], campaign: [], term: [], content: [] },
      links: [{ linkId: EXAMPLE_IDS.link, slug: 'spring-sale', title: 'Spring sale', shortUrl: 'https://go.example.com/spring-sale', clicks: 610, humanClicks: 600, bots: 10 }],
      consent: [{ outcome: CONSENT_OUTCOMES[0], clicks: 1200 }],
      pixels: [{ pixelId: EXAMPLE_IDS.pixel, fires: 1200, confirmed: 1150, yield: 0.958 }],
      groupBy: 'day',
      groups: [{ value: '2026-11-24', clicks: 230, humanClicks: 217, bots: 13 }, { value: '2026-11-25', clicks: 198, humanClicks: 190, bots: 8 }],
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
        visitors: count(`${GLOSSARY.audience.definition} In the window, from sketches.`),
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

