/**
 * A time-series line chart on uPlot (canvas; ~20 KB gzip). Colours come from the CSS custom
 * properties, so the chart follows light/dark mode; it redraws on resize and on a scheme change.
 * The numbers are also available as a table for screen readers and copy-paste.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import { formatNumber } from '../lib/format.js';

export interface ChartSeries {
  label: string;
  values: number[];
  /** A CSS custom property holding the colour, e.g. `--chart-1`. */
  colorVar: string;
}

export interface TimeChartProps {
  /** Bucket starts, ISO. */
  times: string[];
  series: ChartSeries[];
  /** IANA zone for axis labels (the workspace's). */
  timeZone: string;
  label: string;
  /** Label for each time in the data table. */
  formatTime(iso: string): string;
}

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

function useColorScheme(): string {
  const [scheme, setScheme] = useState(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  useEffect(() => {
    const mq = matchMedia('(prefers-color-scheme: dark)');
    const on = () => setScheme(mq.matches ? 'dark' : 'light');
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return scheme;
}

export function TimeChart({ times, series, timeZone, label, formatTime }: TimeChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const scheme = useColorScheme();

  useEffect(() => {
    const el = box.current;
    if (!el || times.length === 0) return;
    const axisColor = cssVar('--muted');
    const gridColor = cssVar('--border');
    const xs = times.map((t) => Date.parse(t) / 1000);
    let tzOk = true;
    try {
      new Intl.DateTimeFormat('en', { timeZone });
    } catch {
      tzOk = false;
    }
    const axis = { stroke: axisColor, grid: { stroke: gridColor, width: 1 }, ticks: { stroke: gridColor, width: 1 } };
    const plot = new uPlot(
      {
        width: Math.max(200, el.clientWidth),
        height: 240,
        ...(tzOk ? { tzDate: (ts: number) => uPlot.tzDate(new Date(ts * 1000), timeZone) } : {}),
        cursor: { drag: { x: false, y: false } },
        legend: { live: true },
        scales: { y: { range: (_u, _min, max) => [0, Math.max(4, Math.ceil(max * 1.1))] } },
        axes: [axis, { ...axis, size: 48, values: (_u, ticks) => ticks.map((v) => (Number.isInteger(v) ? formatNumber(v) : '')) }],
        series: [
          { label: 'Time' },
          ...series.map((s) => ({
            label: s.label,
            stroke: cssVar(s.colorVar),
            width: 2,
            points: { show: times.length < 60, fill: cssVar('--surface') },
            value: (_u: uPlot, v: number | null) => (v === null ? '–' : formatNumber(v)),
          })),
        ],
      },
      [xs, ...series.map((s) => s.values)],
      el,
    );
    const ro = new ResizeObserver(() => plot.setSize({ width: Math.max(200, el.clientWidth), height: 240 }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      plot.destroy();
    };
  }, [times, series, timeZone, scheme]);

  if (times.length === 0) return <p class="muted">No data in this range.</p>;
  return (
    <figure style={{ margin: 0 }}>
      <div ref={box} class="chart" role="img" aria-label={label} />
      <details class="details-table">
        <summary>Show as a table</summary>
        <div class="table-wrap">
          <table>
            <caption class="sr-only">{label}</caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                {series.map((s) => (
                  <th scope="col" class="num" key={s.label}>
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {times.map((t, i) => (
                <tr key={t}>
                  <td class="nowrap">{formatTime(t)}</td>
                  {series.map((s) => (
                    <td class="num" key={s.label}>
                      {formatNumber(s.values[i] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
