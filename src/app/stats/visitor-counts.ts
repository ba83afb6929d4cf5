import { VisitorSketch } from '../../core/clicks/visitor-sketch.js';
import { windowPieces } from '../../core/clicks/salt-generations.js';
import type { StatsStore } from '../../storage/stats-store.js';

/**
 * Distinct visitors of a scope (a link, a pixel, or a workspace id) from its stored sketches:
 * every node's rows for the days asked are merged, so a visitor seen by two nodes, or on two
 * days, counts once (within one key generation: src/core/clicks/salt-generations.ts).
 */
export class VisitorCounts {
  /** generation → day → stored registers (one per node). */
  private readonly days = new Map<number, Map<number, Uint8Array[]>>();

  private constructor() {}

  /** Read every sketch of `scope` for the UTC days [firstDay, lastDay] once; count sub-windows from memory. */
  static async load(stats: StatsStore, workspaceId: string, scope: string | readonly string[], firstDay: number, lastDay: number): Promise<VisitorCounts> {
    const counts = new VisitorCounts();
    // Each generation that a sub-window may be read from: the pieces of every window start.
    const generations = new Set<number>();
    for (let day = firstDay; day <= lastDay; day++) for (const piece of windowPieces(day, lastDay)) generations.add(piece.generation);
    for (const generation of generations) {
      const byDay = new Map<number, Uint8Array[]>();
      for (const row of await stats.sketches(workspaceId, scope, generation, firstDay, lastDay)) {
        const list = byDay.get(row.day);
        if (list) list.push(row.registers);
        else byDay.set(row.day, [row.registers]);
      }
      counts.days.set(generation, byDay);
    }
    return counts;
  }

  /** The union sketch of the UTC days [firstDay, lastDay] read from `generation`. */
  private union(generation: number, firstDay: number, lastDay: number, into = new VisitorSketch()): VisitorSketch {
    const byDay = this.days.get(generation);
    if (byDay) for (let day = firstDay; day <= lastDay; day++) for (const registers of byDay.get(day) ?? []) into.mergeBytes(registers);
    return into;
  }

  /** Distinct visitors over the UTC days [firstDay, lastDay] (windows over 200 days: per piece, summed). */
  distinct(firstDay: number, lastDay: number): number {
    let total = 0;
    for (const piece of windowPieces(firstDay, lastDay)) total += Math.round(this.union(piece.generation, piece.firstDay, piece.lastDay).estimate());
    return total;
  }

  /**
   * Visitors seen in both halves of the window: |A| + |B| − |A ∪ B| (inclusion–exclusion over the
   * sketches). Its error is that of the three estimates, so about ±0.8 % × 2 of |A ∪ B| once the
   * sketches are dense; exact while they are sparse (small audiences).
   */
  inBothHalves(firstDay: number, lastDay: number): number {
    if (lastDay <= firstDay) return 0;
    const [piece] = windowPieces(firstDay, lastDay);
    const generation = (piece as { generation: number }).generation;
    const middle = firstDay + Math.floor((lastDay - firstDay + 1) / 2);
    const a = this.union(generation, firstDay, middle - 1);
    const b = this.union(generation, middle, lastDay);
    const both = this.union(generation, middle, lastDay, VisitorSketch.deserialize(a.serialize()));
    return Math.max(0, Math.round(a.estimate() + b.estimate() - both.estimate()));
  }

  /** Per UTC day of [firstDay, lastDay]: that day's distinct visitors, and the distinct visitors since firstDay. */
  growth(firstDay: number, lastDay: number): Array<{ day: number; visitors: number; cumulative: number }> {
    const out: Array<{ day: number; visitors: number; cumulative: number }> = [];
    for (const piece of windowPieces(firstDay, lastDay)) {
      const cumulative = new VisitorSketch();
      const before = out.at(-1)?.cumulative ?? 0;
      for (let day = piece.firstDay; day <= piece.lastDay; day++) {
        const today = this.union(piece.generation, day, day);
        cumulative.merge(today);
        out.push({ day, visitors: Math.round(today.estimate()), cumulative: before + Math.round(cumulative.estimate()) });
      }
    }
    return out;
  }
}
