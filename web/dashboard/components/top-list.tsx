import { formatNumber } from '../lib/format.js';

export interface TopItem {
  label: string;
  value: number;
  /** Extra text for screen readers and the tooltip (e.g. "3 of them bots"). */
  note?: string;
}

/** A ranked list with proportional bars. */
export function TopList({ items, empty = 'Nothing yet.', label }: { items: TopItem[]; empty?: string; label: string }) {
  if (items.length === 0) return <p class="muted small">{empty}</p>;
  const max = Math.max(1, ...items.map((i) => i.value));
  return (
    <ol class="top-list" aria-label={label}>
      {items.map((item, i) => (
        <li key={item.label + i} title={item.note}>
          <div class="bar" style={{ width: `${(item.value / max) * 100}%` }} aria-hidden="true" />
          <span>{item.label}</span>
          <span class="n">
            {formatNumber(item.value)}
            {item.note && <span class="sr-only"> ({item.note})</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
