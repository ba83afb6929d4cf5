import type { Click } from './click.js';
import { dayStart, hourStart, UTM_FIELDS } from './click.js';

/**
 * Rollup dimensions (docs/analytics.md). Stats read sums of these rows, never raw clicks, so a 90-day
 * query over millions of clicks reads a few thousand rows. `total` is kept per hour and per UTC
 * day; every other dimension per UTC day.
 *
 * This module is the one owner of the rollups: the click writer feeds it clicks, pixel
 * confirmations and the visitor sketches' growth, and storage only adds the deltas it returns.
 */
export const ROLLUP_DIMS = [
  'total',
  'country',
  'device',
  'os',
  'browser',
  'referrer',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
  'consent',
  'pixel_fired',
  'pixel_confirmed',
] as const;
export type RollupDim = (typeof ROLLUP_DIMS)[number];

export interface RollupDelta {
  workspaceId: string;
  /** `''` for the workspace-wide row. */
  linkId: string;
  grain: 'hour' | 'day';
  bucket: number;
  dim: RollupDim;
  value: string;
  clicks: number;
  humans: number;
  bots: number;
  uniques: number;
}

type Counts = { clicks?: number; humans?: number; bots?: number; uniques?: number };

/** A click counted `n` times: the clicks of a batch that share every rollup value. */
interface Combo {
  click: Click;
  /** The pixels it fired. */
  fired: string[];
  n: number;
}

/** Ids of the pixels a click fired. */
export function firedPixels(click: Pick<Click, 'pixels'>): string[] {
  const out: string[] = [];
  for (const p of click.pixels) if (p.outcome === 'fire') out.push(p.id);
  return out;
}

/** `total` per hour and per day; breakdowns per day only (see `bump`). */
const GRAINS_TOTAL = ['hour', 'day'] as const;
const GRAINS_BREAKDOWN = ['day'] as const;
const SEP = '\u0001';
const NULL = '\u0002';

/**
 * Sums rollup deltas by row so a batch of thousands of clicks becomes one upsert per distinct
 * row. It is built for the click writer's rate (tens of thousands of clicks a second):
 *
 * - `addClick` only counts the click under a key of its rollup values (one string per click);
 *   clicks sharing every value — most of them under load — are expanded into rows once.
 * - `merge` adds another accumulator's pending clicks and uniques without expanding them, so
 *   folding each written batch into the writer's accumulator costs one map update per distinct
 *   combination.
 * - Expansion into rows happens when the rows are read (`deltas`, `size`), i.e. once per rollup
 *   write, into maps nested by target row, dimension and value, so no per-row key is built.
 */
export class RollupAccumulator {
  /** target (`grain␁workspace␁link␁bucket`) → dimension → value → delta. */
  private readonly rows = new Map<string, Map<RollupDim, Map<string, RollupDelta>>>();
  private rowCount = 0;
  private readonly pending = new Map<string, Combo>();
  /** `workspace␁link␁hour` → new visitors, added to the `total` rows on expansion. */
  private readonly uniques = new Map<string, { workspaceId: string; linkId: string; at: number; n: number }>();

  /** Add `counts` to the link's rows and the workspace's (`''`) rows of a dimension value. */
  add(workspaceId: string, linkId: string, at: number, dim: RollupDim, value: string, counts: Counts): void {
    this.bump(workspaceId, linkId, at, dim, value, counts);
    this.bump(workspaceId, '', at, dim, value, counts);
  }

  /**
   * `n` visitors new for their UTC day, first seen in the hour of `at`: added to `uniques` of the
   * `total` rows of that link (or of the workspace, for `''`). The click writer derives `n` from
   * the growth of its visitor sketches (src/ingest/sketch-book.ts).
   */
  addUnique(workspaceId: string, linkId: string, at: number, n = 1): void {
    const hour = hourStart(at);
    const key = workspaceId + SEP + linkId + SEP + hour;
    const seen = this.uniques.get(key);
    if (seen) seen.n += n;
    else this.uniques.set(key, { workspaceId, linkId, at: hour, n });
  }

  /**
   * Every dimension of one stored click, counted under the combination of its rollup values and
   * expanded into rows when read.
   */
  addClick(click: Click, n = 1): void {
    const { utm } = click;
    const fired = firedPixels(click);
    // `?? NULL`: a missing value must not share a key with the text "null" (a real utm_source).
    const key =
      click.workspaceId + SEP + click.linkId + SEP + hourStart(click.at) + SEP + (click.bot ? 1 : 0) + SEP + (click.country ?? NULL) +
      SEP + click.device + SEP + (click.os ?? NULL) + SEP + (click.browser ?? NULL) + SEP + (click.referrerHost ?? NULL) + SEP +
      (utm.utm_source ?? NULL) + SEP + (utm.utm_medium ?? NULL) + SEP + (utm.utm_campaign ?? NULL) + SEP + (utm.utm_term ?? NULL) +
      SEP + (utm.utm_content ?? NULL) + SEP + click.consent + SEP + fired.join(',');
    const seen = this.pending.get(key);
    if (seen) seen.n += n;
    else this.pending.set(key, { click, fired, n });
  }

  /**
   * What a pixel confirmation changed on its click: the pixels confirmed, pixels that fired only
   * after an Accept on the prompt (counted as fired now), and the consent outcome moving from
   * `prompt` to the visitor's answer.
   */
  addConfirmation(c: { workspaceId: string; linkId: string; at: number; confirmed: string[]; firedLate: string[]; consentBefore: string; consentAfter: string }): void {
    const one = { clicks: 1, humans: 1 };
    for (const pixelId of c.confirmed) this.add(c.workspaceId, c.linkId, c.at, 'pixel_confirmed', pixelId, one);
    for (const pixelId of c.firedLate) this.add(c.workspaceId, c.linkId, c.at, 'pixel_fired', pixelId, one);
    if (c.consentAfter !== c.consentBefore) {
      this.add(c.workspaceId, c.linkId, c.at, 'consent', c.consentBefore, { clicks: -1, humans: -1 });
      this.add(c.workspaceId, c.linkId, c.at, 'consent', c.consentAfter, one);
    }
  }

  /** Add another accumulator's counts into this one (`other` is left as it was). */
  merge(other: RollupAccumulator): void {
    for (const [key, combo] of other.pending) {
      const seen = this.pending.get(key);
      if (seen) seen.n += combo.n;
      else this.pending.set(key, { click: combo.click, fired: combo.fired, n: combo.n });
    }
    for (const u of other.uniques.values()) this.addUnique(u.workspaceId, u.linkId, u.at, u.n);
    for (const dims of other.rows.values()) {
      for (const values of dims.values()) {
        for (const d of values.values()) this.bumpGrain(d.grain, d.workspaceId, d.linkId, d.bucket, d.dim, d.value, d);
      }
    }
  }

  deltas(): RollupDelta[] {
    this.expand();
    const out: RollupDelta[] = [];
    for (const dims of this.rows.values()) for (const values of dims.values()) for (const d of values.values()) out.push(d);
    return out;
  }

  /** Distinct rollup rows. */
  get size(): number {
    this.expand();
    return this.rowCount;
  }

  private expand(): void {
    for (const { click, fired, n } of this.pending.values()) {
      const counts = { clicks: n, humans: click.bot ? 0 : n, bots: click.bot ? n : 0 };
      const day = dayStart(click.at);
      // The four target rows' dimension maps, looked up once per combination, not per dimension.
      for (const linkId of [click.linkId, '']) {
        this.bumpIn(this.dims('hour', click.workspaceId, linkId, hourStart(click.at)), 'hour', click.workspaceId, linkId, hourStart(click.at), 'total', '', counts);
        const dims = this.dims('day', click.workspaceId, linkId, day);
        const add = (dim: RollupDim, value: string) => this.bumpIn(dims, 'day', click.workspaceId, linkId, day, dim, value, counts);
        add('total', '');
        add('country', click.country ?? '');
        add('device', click.device);
        add('os', click.os ?? '');
        add('browser', click.browser ?? '');
        add('referrer', click.referrerHost ?? '');
        for (const field of UTM_FIELDS) {
          const value = click.utm[field];
          if (value !== null) add(field, value);
        }
        add('consent', click.consent);
        for (const pixelId of fired) add('pixel_fired', pixelId);
      }
    }
    this.pending.clear();
    for (const u of this.uniques.values()) this.bump(u.workspaceId, u.linkId, u.at, 'total', '', { uniques: u.n });
    this.uniques.clear();
  }

  /**
   * One target's rows. Hourly rows only for `total` (the timeseries); breakdowns are daily: at low
   * traffic per link-hour, hourly rows for every dimension would outnumber the clicks themselves.
   */
  private bump(workspaceId: string, linkId: string, at: number, dim: RollupDim, value: string, counts: Counts): void {
    for (const grain of dim === 'total' ? GRAINS_TOTAL : GRAINS_BREAKDOWN) {
      this.bumpGrain(grain, workspaceId, linkId, grain === 'hour' ? hourStart(at) : dayStart(at), dim, value, counts);
    }
  }

  private bumpGrain(grain: 'hour' | 'day', workspaceId: string, linkId: string, bucket: number, dim: RollupDim, value: string, counts: Counts): void {
    this.bumpIn(this.dims(grain, workspaceId, linkId, bucket), grain, workspaceId, linkId, bucket, dim, value, counts);
  }

  /** The dimension map of one target row (grain, workspace, link, bucket). */
  private dims(grain: 'hour' | 'day', workspaceId: string, linkId: string, bucket: number): Map<RollupDim, Map<string, RollupDelta>> {
    const target = grain + SEP + workspaceId + SEP + linkId + SEP + bucket;
    let dims = this.rows.get(target);
    if (!dims) {
      dims = new Map();
      this.rows.set(target, dims);
    }
    return dims;
  }

  private bumpIn(
    dims: Map<RollupDim, Map<string, RollupDelta>>,
    grain: 'hour' | 'day',
    workspaceId: string,
    linkId: string,
    bucket: number,
    dim: RollupDim,
    value: string,
    counts: Counts,
  ): void {
    let values = dims.get(dim);
    if (!values) {
      values = new Map();
      dims.set(dim, values);
    }
    let row = values.get(value);
    if (!row) {
      row = { workspaceId, linkId, grain, bucket, dim, value, clicks: 0, humans: 0, bots: 0, uniques: 0 };
      values.set(value, row);
      this.rowCount++;
    }
    row.clicks += counts.clicks ?? 0;
    row.humans += counts.humans ?? 0;
    row.bots += counts.bots ?? 0;
    row.uniques += counts.uniques ?? 0;
  }
}
