import type { StoredClick } from './click.js';
import { dayStart, hourStart } from './click.js';

/**
 * Rollup dimensions (DESIGN.md §5). Stats read sums of these rows, never raw clicks, so a 90-day
 * query over millions of clicks reads a few thousand rows. `total` is kept per hour and per UTC
 * day; every other dimension per UTC day.
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

const GRAINS_TOTAL = ['hour', 'day'] as const;
const GRAINS_BREAKDOWN = ['day'] as const;

/** Sums deltas by key so a batch of thousands of clicks becomes one upsert per distinct row. */
export class RollupAccumulator {
  private readonly rows = new Map<string, RollupDelta>();
  /** Clicks not yet expanded into rows, counted per distinct combination of rollup values. */
  private readonly pending = new Map<string, { click: StoredClick; n: number }>();

  /** Add `counts` to the link's rows and the workspace's (`''`) rows of a dimension value. */
  add(workspaceId: string, linkId: string, at: number, dim: RollupDim, value: string, counts: Counts): void {
    this.bump(workspaceId, linkId, at, dim, value, counts);
    this.bump(workspaceId, '', at, dim, value, counts);
  }

  /** A visitor hash new for its day: +1 unique on the `total` row of that link (or workspace, for `''`). */
  addUnique(workspaceId: string, linkId: string, at: number): void {
    this.bump(workspaceId, linkId, at, 'total', '', { uniques: 1 });
  }

  /**
   * One target's rows. Hourly rows only for `total` (the timeseries); breakdowns are daily: at low
   * traffic per link-hour, hourly rows for every dimension would outnumber the clicks themselves.
   */
  private bump(workspaceId: string, linkId: string, at: number, dim: RollupDim, value: string, counts: Counts): void {
    for (const grain of dim === 'total' ? GRAINS_TOTAL : GRAINS_BREAKDOWN) {
      const bucket = grain === 'hour' ? hourStart(at) : dayStart(at);
      const key = `${grain}|${workspaceId}|${linkId}|${dim}|${bucket}|${value}`;
      let row = this.rows.get(key);
      if (!row) {
        row = { workspaceId, linkId, grain, bucket, dim, value, clicks: 0, humans: 0, bots: 0, uniques: 0 };
        this.rows.set(key, row);
      }
      row.clicks += counts.clicks ?? 0;
      row.humans += counts.humans ?? 0;
      row.bots += counts.bots ?? 0;
      row.uniques += counts.uniques ?? 0;
    }
  }

  /**
   * Every dimension of one stored click. Clicks are first counted per distinct combination of
   * the values that go into rollups (one string key per click) and only expanded into rollup rows
   * when read: under load most clicks of a batch share a combination, so the expansion (a few
   * dozen rows per click) runs once per combination instead of once per click.
   */
  addClick(click: StoredClick): void {
    const key = [
      click.workspaceId, click.linkId, hourStart(click.at), click.bot ? 1 : 0, click.country, click.device, click.os, click.browser,
      click.referrerHost, click.utm.utm_source, click.utm.utm_medium, click.utm.utm_campaign, click.utm.utm_term,
      click.utm.utm_content, click.consent, click.pixelsFired.join(','),
    ].join('\u0001');
    const seen = this.pending.get(key);
    if (seen) seen.n++;
    else this.pending.set(key, { click, n: 1 });
  }

  private expand(): void {
    for (const { click, n } of this.pending.values()) {
      const counts = { clicks: n, humans: click.bot ? 0 : n, bots: click.bot ? n : 0 };
      const add = (dim: RollupDim, value: string) => this.add(click.workspaceId, click.linkId, click.at, dim, value, counts);
      add('total', '');
      add('country', click.country ?? '');
      add('device', click.device);
      add('os', click.os ?? '');
      add('browser', click.browser ?? '');
      add('referrer', click.referrerHost ?? '');
      for (const field of ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const) {
        const value = click.utm[field];
        if (value !== null) add(field, value);
      }
      add('consent', click.consent);
      for (const pixelId of click.pixelsFired) add('pixel_fired', pixelId);
    }
    this.pending.clear();
  }

  deltas(): RollupDelta[] {
    this.expand();
    return [...this.rows.values()];
  }

  get size(): number {
    this.expand();
    return this.rows.size;
  }

  /** Add another accumulator's deltas into this one. */
  merge(other: RollupAccumulator): void {
    other.expand();
    for (const [key, delta] of other.rows) {
      const row = this.rows.get(key);
      if (!row) {
        this.rows.set(key, { ...delta });
        continue;
      }
      row.clicks += delta.clicks;
      row.humans += delta.humans;
      row.bots += delta.bots;
      row.uniques += delta.uniques;
    }
  }
}
