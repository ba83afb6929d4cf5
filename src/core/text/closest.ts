/**
 * Edit distance (Levenshtein, case-insensitive) for "did you mean" hints on names a person typed.
 * Names are short (workspace names: up to 100 characters), so the plain O(n·m) table is fine.
 *
 * @example editDistance('acme', 'Acme') // 0
 * @example editDistance('acne', 'acme') // 1
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[t.length]!;
}

/**
 * The candidates close enough to `typed` to be what was meant (distance ≤ a third of its length,
 * at least 1), nearest first.
 *
 * @example closestNames('markting', ['marketing', 'sales']) // ['marketing']
 */
export function closestNames(typed: string, candidates: readonly string[]): string[] {
  const limit = Math.max(1, Math.floor(typed.length / 3));
  return candidates
    .map((name) => ({ name, d: editDistance(typed, name) }))
    .filter((c) => c.d <= limit)
    .sort((x, y) => x.d - y.d || x.name.localeCompare(y.name))
    .map((c) => c.name);
}
