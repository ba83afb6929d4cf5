/**
 * Visitor keys come in overlapping generations (docs/analytics.md, "Unique visitors"): generation
 * g keys the visitors of days [g·H, (g + 2)·H), H = GENERATION_DAYS, so every day is keyed by two
 * generations and every window of up to H days lies inside one of them. Counting a window with
 * that generation's sketches counts a returning person once; its key is deleted a day after its
 * last day, after which nobody can tell whose visits its sketches hold.
 */
export const GENERATION_DAYS = 200;

/** The two generations that key a UTC day's visitors: [older, newer]. */
export function generationsOfDay(day: number): [number, number] {
  const newer = Math.floor(day / GENERATION_DAYS);
  return [newer - 1, newer];
}

/** The last UTC day a generation keys. */
export function lastDayOf(generation: number): number {
  return (generation + 2) * GENERATION_DAYS - 1;
}

/**
 * How to count the days [firstDay, lastDay] (inclusive): pieces, each read from one generation.
 * A window of up to GENERATION_DAYS days is one piece (exact); a longer one is split where its
 * generation ends, and a person seen on both sides of a split counts in each piece.
 * @example windowPieces(1000, 1089) // [{ generation: 5, firstDay: 1000, lastDay: 1089 }]
 */
export function windowPieces(firstDay: number, lastDay: number): Array<{ generation: number; firstDay: number; lastDay: number }> {
  const pieces: Array<{ generation: number; firstDay: number; lastDay: number }> = [];
  for (let from = firstDay; from <= lastDay; ) {
    const generation = Math.floor(from / GENERATION_DAYS);
    const to = Math.min(lastDay, lastDayOf(generation));
    pieces.push({ generation, firstDay: from, lastDay: to });
    from = to + 1;
  }
  return pieces;
}

/** Whether a generation's key may be deleted on `today`: a day after its last day (late clicks). */
export function generationExpired(generation: number, today: number): boolean {
  return today > lastDayOf(generation) + 1;
}
