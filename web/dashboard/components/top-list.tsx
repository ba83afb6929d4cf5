import type { ComponentChildren } from 'preact';
import { formatNumber, formatPercent } from '../lib/format.js';

export interface TopItem {
  label: string;
  value: number;
  /** Extra text for screen readers and the tooltip (e.g. "3 bots besides"). */
  note?: string;
  /** A flag or an icon before the label (decorative). */
  icon?: ComponentChildren;
  /** Click-through: show the analytics filtered by this value. */
  onSelect?: () => void;
}

/**
 * A ranked list with proportional bars and each value's share. With `onSelect` every row is a
 * button that filters the view by it ("click-through to a filtered view").
 */
export function TopList({ items, empty = 'Nothing in this range.', label, total }: { items: TopItem[]; empty?: string; label: string; total?: number }) {
  if (items.length === 0) return <p class="muted small">{empty}</p>;
  const max = Math.max(1, ...items.map((i) => i.value));
  const sum = total ?? items.reduce((n, i) => n + i.value, 0);
  return (
    <ol class="top-list" aria-label={label}>
      {items.map((item, i) => {
        const body = (
          <>
            <span class="bar" style={{ width: `${(item.value / max) * 100}%` }} aria-hidden="true" />
            <span class="name">
              {item.icon}
              <span class="text">{item.label}</span>
            </span>
            <span class="n">
              {formatNumber(item.value)}
              {sum > 0 && <span class="share"> {formatPercent(item.value / sum)}</span>}
              {item.note && <span class="sr-only"> ({item.note})</span>}
            </span>
          </>
        );
        return (
          <li key={item.label + i} title={item.note}>
            {item.onSelect ? (
              <button type="button" class="top-item" onClick={item.onSelect}>
                {body}
                <span class="sr-only">, show only these clicks</span>
              </button>
            ) : (
              <div class="top-item">{body}</div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
