/**
 * A HyperLogLog sketch of distinct visitors (Flajolet et al. 2007) with HyperLogLog++'s sparse
 * representation for small sets (Heule, Nunkesser, Hall 2013) and Ertl's improved estimator
 * ("New cardinality estimation algorithms for HyperLogLog sketches", 2017, algorithm 6), which
 * needs no empirical bias tables and is accurate over the whole range.
 *
 * - Input: a 64-bit hash, as two unsigned 32-bit halves, from a keyed hash of the visitor
 *   (src/ingest/visitor-keys.ts). Nothing else about the visitor ever enters.
 * - Dense: 2^14 registers (precision 14): standard error 1.04 / √16384 = 0.81 %.
 * - Sparse, up to SPARSE_MAX entries: registers at precision 25 (2^25 positions), so a set of a
 *   few thousand is counted exactly in practice (two visitors share a position with probability
 *   k² / 2^26: 0.25 collisions expected at 4,096).
 * - Mergeable: the union of two sketches is the register-wise maximum, so sketches written by
 *   several nodes, or for several days, are merged when read.
 *
 * Pure: no I/O, no clock, no randomness.
 * @example const s = new VisitorSketch(); s.add(0x9e3779b9, 0x7f4a7c15); s.estimate() // 1
 */
export const PRECISION = 14;
const M = 1 << PRECISION;
/** Bits after the dense index: the rank is 1 + leading zeros among them (1..51). */
const Q = 64 - PRECISION;
export const SPARSE_PRECISION = 25;
const M_SPARSE = 2 ** SPARSE_PRECISION;
const Q_SPARSE = 64 - SPARSE_PRECISION;
/** Sparse entries before switching to dense: 4 bytes each, so ≤ the 16 KB of the dense registers. */
export const SPARSE_MAX = M / 4;

const FORMAT_SPARSE = 1;
const FORMAT_DENSE = 2;
const ALPHA_INF = 1 / (2 * Math.LN2);

/** Leading zeros of the low `bits` bits of `hi:lo` (bits ≤ 64 − 14), plus one. */
function rankOf(hi: number, lo: number, hiBits: number): number {
  const top = hiBits === 0 ? 0 : (hi << (32 - hiBits)) >>> 0;
  if (top !== 0) return Math.clz32(top) + 1;
  return hiBits + (lo === 0 ? 32 : Math.clz32(lo)) + 1;
}

export class VisitorSketch {
  /** Dense registers, or null while sparse. */
  private dense: Uint8Array | null = null;
  /** Sparse: open-addressing table of (index25 << 6 | rank), 0 = empty. */
  private table: Uint32Array = new Uint32Array(16);
  private entries = 0;

  get isSparse(): boolean {
    return this.dense === null;
  }

  /**
   * Add one visitor's 64-bit hash (`hi` = high 32 bits, `lo` = low 32 bits, unsigned). Returns
   * whether the registers changed: while sparse that means exactly "a visitor not seen before"
   * (unless two share a position, rare at precision 25); once dense, far less often than that.
   */
  add(hi: number, lo: number): boolean {
    if (this.dense) {
      const index = hi >>> (32 - PRECISION);
      const rank = rankOf(hi, lo, 32 - PRECISION);
      if (rank <= (this.dense[index] as number)) return false;
      this.dense[index] = rank;
      return true;
    }
    return this.addEntry(hi >>> (32 - SPARSE_PRECISION), rankOf(hi, lo, 32 - SPARSE_PRECISION));
  }

  /** Add everything `other` holds (set union). */
  merge(other: VisitorSketch): void {
    if (other.dense) {
      const mine = this.toDense();
      const theirs = other.dense;
      for (let i = 0; i < M; i++) if ((theirs[i] as number) > (mine[i] as number)) mine[i] = theirs[i] as number;
      return;
    }
    const table = other.table;
    for (let i = 0; i < table.length; i++) {
      const e = table[i] as number;
      if (e !== 0) this.addEntry(e >>> 6, e & 63);
    }
  }

  /** Add a serialized sketch (`serialize()`'s bytes) without building an object for it. */
  mergeBytes(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (bytes[0] === FORMAT_DENSE) {
      if (bytes.length !== M + 1) throw new Error(`dense sketch of ${bytes.length} bytes, expected ${M + 1}`);
      const mine = this.toDense();
      for (let i = 0; i < M; i++) {
        const r = bytes[i + 1] as number;
        if (r > (mine[i] as number)) mine[i] = r;
      }
      return;
    }
    if (bytes[0] !== FORMAT_SPARSE || (bytes.length - 1) % 4 !== 0) throw new Error('not a visitor sketch');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let o = 1; o < bytes.length; o += 4) {
      const e = view.getUint32(o, true);
      this.addEntry(e >>> 6, e & 63);
    }
  }

  /** Estimated number of distinct visitors added. */
  estimate(): number {
    if (this.dense) {
      const counts = new Array<number>(Q + 2).fill(0);
      const dense = this.dense;
      for (let i = 0; i < M; i++) {
        const r = dense[i] as number;
        counts[r] = (counts[r] as number) + 1;
      }
      return ertl(M, Q, counts);
    }
    const counts = new Array<number>(Q_SPARSE + 2).fill(0);
    counts[0] = M_SPARSE - this.entries;
    for (let i = 0; i < this.table.length; i++) {
      const e = this.table[i] as number;
      if (e !== 0) counts[e & 63] = (counts[e & 63] as number) + 1;
    }
    return ertl(M_SPARSE, Q_SPARSE, counts);
  }

  /** Bytes to store: format byte, then sorted sparse entries (uint32 LE) or the 16,384 registers. */
  serialize(): Uint8Array {
    if (this.dense) {
      const out = new Uint8Array(M + 1);
      out[0] = FORMAT_DENSE;
      out.set(this.dense, 1);
      return out;
    }
    const sorted = this.table.filter((e) => e !== 0).sort();
    const out = new Uint8Array(1 + 4 * sorted.length);
    out[0] = FORMAT_SPARSE;
    const view = new DataView(out.buffer);
    sorted.forEach((e, i) => view.setUint32(1 + 4 * i, e, true));
    return out;
  }

  static deserialize(bytes: Uint8Array): VisitorSketch {
    const sketch = new VisitorSketch();
    sketch.mergeBytes(bytes);
    return sketch;
  }

  /** One sparse entry (index at precision 25, rank): kept sparse, or folded into the registers. */
  private addEntry(index: number, rank: number): boolean {
    if (this.dense) {
      const low = index & ((1 << (SPARSE_PRECISION - PRECISION)) - 1);
      const denseRank = low !== 0 ? Math.clz32(low) - (32 - (SPARSE_PRECISION - PRECISION)) + 1 : SPARSE_PRECISION - PRECISION + rank;
      const i = index >>> (SPARSE_PRECISION - PRECISION);
      if (denseRank <= (this.dense[i] as number)) return false;
      this.dense[i] = denseRank;
      return true;
    }
    const table = this.table;
    const mask = table.length - 1;
    // The index is uniformly random (a hash), so it is its own slot hash.
    for (let slot = index & mask; ; slot = (slot + 1) & mask) {
      const e = table[slot] as number;
      if (e === 0) {
        table[slot] = ((index << 6) | rank) >>> 0;
        this.entries++;
        if (this.entries > SPARSE_MAX) this.toDense();
        else if (this.entries * 2 > table.length) this.grow();
        return true;
      }
      if (e >>> 6 === index) {
        if (rank <= (e & 63)) return false;
        table[slot] = ((index << 6) | rank) >>> 0;
        return true;
      }
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    this.entries = 0;
    for (let i = 0; i < old.length; i++) {
      const e = old[i] as number;
      if (e !== 0) this.addEntry(e >>> 6, e & 63);
    }
  }

  private toDense(): Uint8Array {
    if (this.dense) return this.dense;
    const old = this.table;
    this.dense = new Uint8Array(M);
    this.table = new Uint32Array(0);
    this.entries = 0;
    for (let i = 0; i < old.length; i++) {
      const e = old[i] as number;
      if (e !== 0) this.addEntry(e >>> 6, e & 63);
    }
    return this.dense;
  }
}

/**
 * Ertl's improved estimator over a register histogram: `counts[k]` = registers holding k, for
 * `m` registers whose ranks go up to q + 1.
 */
function ertl(m: number, q: number, counts: number[]): number {
  if (counts[0] === m) return 0;
  let z = m * tau(1 - (counts[q + 1] as number) / m);
  for (let k = q; k >= 1; k--) z = 0.5 * (z + (counts[k] as number));
  z += m * sigma((counts[0] as number) / m);
  return (ALPHA_INF * m * m) / z;
}

function sigma(x: number): number {
  if (x === 1) return Number.POSITIVE_INFINITY;
  let y = 1;
  let z = x;
  for (;;) {
    x *= x;
    const previous = z;
    z += x * y;
    y += y;
    if (z === previous) return z;
  }
}

function tau(x: number): number {
  if (x === 0 || x === 1) return 0;
  let y = 1;
  let z = 1 - x;
  for (;;) {
    x = Math.sqrt(x);
    const previous = z;
    y *= 0.5;
    z -= (1 - x) * (1 - x) * y;
    if (z === previous) return z / 3;
  }
}
