import { dayCeil, dayStart, hourCeil, hourStart } from '../core/clicks/click.js';
import type { RollupDim } from '../core/clicks/rollup.js';
import type { Database } from './database.js';
import type { RollupsTable } from './schema.js';

export type RollupSum = Pick<RollupsTable, 'dim' | 'value' | 'clicks' | 'humans' | 'bots' | 'uniques'>;

export interface BucketSum {
  bucket: number;
  clicks: number;
  humans: number;
  bots: number;
  uniques: number;
}

/**
 * Hour-aligned range split so long ranges read daily rollups for whole UTC days and hourly
 * rollups only for the ragged edges: a 90-day query reads ~90 rows per dimension value, not 2,160.
 */
export function splitRange(from: number, to: number): { days: [number, number] | null; hours: Array<[number, number]> } {
  const fromH = hourStart(from);
  const toH = hourCeil(to);
  const firstDay = dayCeil(fromH);
  const lastDay = dayStart(toH);
  if (firstDay >= lastDay) return { days: null, hours: [[fromH, toH]] };
  const hours: Array<[number, number]> = [];
  if (fromH < firstDay) hours.push([fromH, firstDay]);
  if (lastDay < toH) hours.push([lastDay, toH]);
  return { days: [firstDay, lastDay], hours };
}

/** Read side of the analytics tables. Every query is scoped by workspace. */
export class StatsStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  /**
   * Sums per (dim, value) for a link, or the workspace when `linkId` is `''`. `total` is exact to
   * the hour over [from, to); breakdowns are kept per UTC day, so they cover the whole UTC days
   * the range touches.
   */
  async sums(workspaceId: string, linkId: string, dims: readonly RollupDim[], from: number, to: number): Promise<RollupSum[]> {
    const { days, hours } = splitRange(from, to);
    const parts: Array<{ table: 'rollups_day' | 'rollups_hour'; dims: readonly string[]; range: [number, number] }> = [
      ...(days ? [{ table: 'rollups_day' as const, dims: ['total'], range: days }] : []),
      ...hours.map((range) => ({ table: 'rollups_hour' as const, dims: ['total'], range })),
    ];
    const breakdowns = dims.filter((d) => d !== 'total');
    if (breakdowns.length > 0) {
      parts.push({ table: 'rollups_day', dims: breakdowns, range: [dayStart(from), dayCeil(to)] });
    }
    const merged = new Map<string, RollupSum>();
    for (const part of parts) {
      if (part.dims.length === 0 || (part.dims[0] === 'total' && !dims.includes('total'))) continue;
      const rows = await this.database.db
        .selectFrom(part.table)
        .select(['dim', 'value'])
        .select((eb) => [
          eb.fn.sum<number>('clicks').as('clicks'),
          eb.fn.sum<number>('humans').as('humans'),
          eb.fn.sum<number>('bots').as('bots'),
          eb.fn.sum<number>('uniques').as('uniques'),
        ])
        .where('workspace_id', '=', workspaceId)
        .where('link_id', '=', linkId)
        .where('dim', 'in', [...part.dims])
        .where('bucket', '>=', part.range[0])
        .where('bucket', '<', part.range[1])
        .groupBy(['dim', 'value'])
        .execute();
      for (const r of rows) {
        const key = `${r.dim}\u0000${r.value}`;
        const acc = merged.get(key) ?? { dim: r.dim, value: r.value, clicks: 0, humans: 0, bots: 0, uniques: 0 };
        acc.clicks += Number(r.clicks);
        acc.humans += Number(r.humans);
        acc.bots += Number(r.bots);
        acc.uniques += Number(r.uniques);
        merged.set(key, acc);
      }
    }
    return [...merged.values()];
  }

  /** Human clicks per link of `linkIds` over the whole UTC days [from, to) touches (daily rollups). */
  async linkHumans(workspaceId: string, linkIds: readonly string[], from: number, to: number): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (let i = 0; i < linkIds.length; i += 500) {
      const rows = await this.database.db
        .selectFrom('rollups_day')
        .select('link_id')
        .select((eb) => eb.fn.sum<number | string>('humans').as('humans'))
        .where('workspace_id', '=', workspaceId)
        .where('link_id', 'in', linkIds.slice(i, i + 500))
        .where('dim', '=', 'total')
        .where('bucket', '>=', dayStart(from))
        .where('bucket', '<', dayCeil(to))
        .groupBy('link_id')
        .execute();
      for (const r of rows) out.set(r.link_id, Number(r.humans));
    }
    return out;
  }

  /** The `total` row per bucket of the given grain over [from, to). */
  async series(workspaceId: string, linkId: string, grain: 'hour' | 'day', from: number, to: number): Promise<BucketSum[]> {
    const rows = await this.database.db
      .selectFrom(grain === 'hour' ? 'rollups_hour' : 'rollups_day')
      .select(['bucket', 'clicks', 'humans', 'bots', 'uniques'])
      .where('workspace_id', '=', workspaceId)
      .where('link_id', '=', linkId)
      .where('dim', '=', 'total')
      .where('bucket', '>=', from)
      .where('bucket', '<', to)
      .orderBy('bucket')
      .execute();
    return rows.map((r) => ({ bucket: r.bucket, clicks: r.clicks, humans: r.humans, bots: r.bots, uniques: r.uniques }));
  }

  /**
   * Every stored sketch row of `scope` (a link, a pixel or a workspace id) in `generation` for the
   * UTC days [firstDay, lastDay], all nodes: the caller merges them. Scoped by workspace.
   */
  async sketches(workspaceId: string, scope: string, generation: number, firstDay: number, lastDay: number): Promise<Array<{ day: number; registers: Uint8Array }>> {
    const rows = await this.database.db
      .selectFrom('visitor_sketches')
      .select(['day', 'registers'])
      .where('scope', '=', scope)
      .where('generation', '=', generation)
      .where('day', '>=', firstDay)
      .where('day', '<=', lastDay)
      .where('workspace_id', '=', workspaceId)
      .execute();
    return rows.map((r) => ({ day: Number(r.day), registers: r.registers }));
  }
}
