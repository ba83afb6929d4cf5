import { generationsOfDay } from '../core/clicks/salt-generations.js';
import { VisitorSketch } from '../core/clicks/visitor-sketch.js';
import type { SketchRow } from '../storage/click-store.js';

interface Entry {
  /** The node name its row is written under (see `evictBefore`). */
  node: string;
  scope: string;
  workspaceId: string;
  day: number;
  generation: number;
  sketch: VisitorSketch;
  /** Changed since last written. */
  dirty: boolean;
  /**
   * For link and workspace scopes in the day's newer generation: the rollup row (`linkId`, `''`
   * for the workspace) whose `uniques` follow this sketch's growth, the growth already added,
   * and the time of the latest visitor (the hour the next growth is counted in).
   */
  uniques: { linkId: string; attributed: number; lastAt: number } | null;
}

/**
 * The click writer's visitor sketches of the current days (src/core/clicks/visitor-sketch.ts),
 * per scope (link, workspace, pixel), UTC day and key generation. This node writes its own rows
 * (`node`) every few seconds, replacing them with what it has merged since it started; readers
 * merge every node's rows.
 *
 * The sketches also drive the `uniques` of the `total` rollup rows (the timeseries): while a
 * link's day sketch is sparse, each visitor new to it counts in the hour of their click; once it
 * is dense, its growth between two writes (say from an estimate of 4,101 to 4,143) counts in the
 * hour of its latest click. On one node that sums, per day, to the day's distinct visitors; a
 * visitor seen by two nodes (or again after a restart) counts in both nodes' points, never twice
 * in the totals, which are read from the merged sketches.
 */
export class SketchBook {
  /** Sketches by scope: a short list each (its days and generations in memory). */
  private readonly entries = new Map<string, Entry[]>();
  /** Days before this may have been written and forgotten (`evictBefore`). */
  private oldestKept = Number.NEGATIVE_INFINITY;
  /** Rows made for such days so far: each gets a node name of its own. */
  private revived = 0;
  readonly node: string;
  /** Where a link's or workspace's new visitor of the day is counted (the rollups' `uniques`), in the hour of `at`. */
  private readonly onNewVisitor: (workspaceId: string, linkId: string, at: number, n: number) => void;

  constructor(node: string, onNewVisitor: (workspaceId: string, linkId: string, at: number, n: number) => void) {
    this.node = node;
    this.onNewVisitor = onNewVisitor;
  }

  get size(): number {
    let n = 0;
    for (const list of this.entries.values()) n += list.length;
    return n;
  }

  /**
   * Add a visitor (`hash` per generation, from VisitorKeys) to `scope`'s sketches of `day`.
   * `uniquesFor`: the rollup link id (or `''`) whose uniques follow this scope, null for pixels.
   */
  add(scope: string, workspaceId: string, day: number, at: number, hashes: ReadonlyArray<readonly [number, number]>, uniquesFor: string | null): void {
    const generations = generationsOfDay(day);
    let list = this.entries.get(scope);
    if (!list) {
      list = [];
      this.entries.set(scope, list);
    }
    for (let i = 0; i < generations.length; i++) {
      const generation = generations[i] as number;
      const [hi, lo] = hashes[i] as readonly [number, number];
      let entry: Entry | undefined;
      for (const e of list) {
        if (e.day === day && e.generation === generation) {
          entry = e;
          break;
        }
      }
      if (!entry) {
        const counted = uniquesFor !== null && i === generations.length - 1;
        // A late click for a day that may be written and forgotten: a row of its own, never one
        // that replaces what this node wrote before (readers merge them all).
        const node = day < this.oldestKept ? `${this.node}.${++this.revived}` : this.node;
        entry = { node, scope, workspaceId, day, generation, sketch: new VisitorSketch(), dirty: false, uniques: counted ? { linkId: uniquesFor, attributed: 0, lastAt: at } : null };
        list.push(entry);
      }
      const changed = entry.sketch.add(hi, lo);
      entry.dirty = true;
      const uniques = entry.uniques;
      if (uniques) {
        if (at > uniques.lastAt) uniques.lastAt = at;
        // While sparse, a change is exactly a new visitor: counted in its own hour. Once dense,
        // growth is read off the estimate when the sketch is written (`collect`).
        if (changed && entry.sketch.isSparse) {
          uniques.attributed++;
          this.onNewVisitor(workspaceId, uniques.linkId, at, 1);
        }
      }
    }
  }

  /**
   * The rows to write (sketches changed since the last write), after counting the growth of the
   * dense ones as new visitors (in the hour of their latest visitor). Call `failed()` if they
   * could not be stored: they are collected again next time.
   */
  collect(): { rows: SketchRow[]; failed(): void } {
    const dirty: Entry[] = [];
    for (const entry of [...this.entries.values()].flat()) {
      if (!entry.dirty) continue;
      dirty.push(entry);
      if (entry.uniques) {
        const estimate = Math.round(entry.sketch.estimate());
        const growth = estimate - entry.uniques.attributed;
        if (growth > 0) {
          this.onNewVisitor(entry.workspaceId, entry.uniques.linkId, entry.uniques.lastAt, growth);
          entry.uniques.attributed = estimate;
        }
      }
    }
    const rows = dirty.map((e) => ({ scope: e.scope, workspaceId: e.workspaceId, day: e.day, generation: e.generation, node: e.node, registers: e.sketch.serialize() }));
    // Cleared now: an add meanwhile sets it again, and a failed write sets it back.
    for (const e of dirty) e.dirty = false;
    return { rows, failed: () => dirty.forEach((e) => (e.dirty = true)) };
  }

  /** Forget the sketches of days before `oldestDay` that are written (they rarely change any more). */
  evictBefore(oldestDay: number): void {
    this.oldestKept = Math.max(this.oldestKept, oldestDay);
    for (const [scope, list] of this.entries) {
      const kept = list.filter((e) => e.day >= oldestDay || e.dirty);
      if (kept.length === 0) this.entries.delete(scope);
      else if (kept.length !== list.length) this.entries.set(scope, kept);
    }
  }
}
