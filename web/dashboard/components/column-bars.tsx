import { formatNumber } from '../lib/format.js';

/**
 * A small column chart (hours of the day, days of the week): one bar per value, the busiest one
 * marked. Screen readers get a list of "label: value".
 */
export function ColumnBars({ values, labels, axis, label, unit }: { values: number[]; labels: string[]; axis: string[]; label: string; unit: string }) {
  const max = Math.max(1, ...values);
  const peak = values.indexOf(Math.max(...values));
  return (
    <figure class="columns" aria-label={label}>
      <ol class="cols">
        {values.map((v, i) => (
          <li key={i} class={i === peak && v > 0 ? 'peak' : undefined} title={`${labels[i]}: ${formatNumber(v)} ${unit}`}>
            <span class="col" style={{ height: `${Math.max(2, (v / max) * 100)}%` }} aria-hidden="true" />
            <span class="sr-only">{`${labels[i]}: ${formatNumber(v)} ${unit}`}</span>
          </li>
        ))}
      </ol>
      <div class="cols-axis" aria-hidden="true">
        {axis.map((a, i) => (
          <span key={i}>{a}</span>
        ))}
      </div>
    </figure>
  );
}
