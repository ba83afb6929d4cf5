/**
 * Analytics for one link or the whole workspace: range picker, totals, clicks and unique visitors
 * over time, top dimensions, consent outcomes, pixel yield, CSV export.
 */
import { useMemo, useState } from 'preact/hooks';
import { messageOf } from '../lib/api.js';
import { fileStem, saveBlob } from '../lib/browser-io.js';
import { DEFAULT_RANGE, minuteNow, resolveRange, type RangeChoice } from '../lib/date-range.js';
import { formatDateTime, formatNumber, formatPercent } from '../lib/format.js';
import { useSession } from '../lib/session.js';
import type { Page, Pixel, Stats } from '../lib/types.js';
import { useAsync } from '../lib/use-async.js';
import { CATALOG } from '../../../src/core/pixels/catalog.js';
import { TimeChart, type ChartSeries } from './chart.js';
import { RangePicker } from './range-picker.js';
import { ErrorNote, Loading } from './states.js';
import { useToast } from './toast.js';
import { StatsBreakdown } from './stats-breakdown.js';

export interface StatsViewProps {
  /** `/stats` or `/links/<id>/stats`. */
  path: string;
  /** For the CSV export: only this link's clicks. */
  linkId?: string;
  /** File name stem for the export. */
  exportName: string;
  /** Heading level 2 title of the section, e.g. "Analytics". */
  title?: string;
  /** Called on "Refresh" too (the link page reloads the link's click count with it). */
  onRefresh?: () => void;
}

export function StatsView({ path, linkId, exportName, title, onRefresh }: StatsViewProps) {
  const { api, workspace } = useSession();
  const toast = useToast();
  const [choice, setChoice] = useState<RangeChoice>(DEFAULT_RANGE);
  const [now, setNow] = useState(() => minuteNow(Date.now()));
  const [exporting, setExporting] = useState(false);
  const range = resolveRange(choice, now);

  const stats = useAsync(
    () => (range.problem ? Promise.reject(new Error(range.problem)) : api.get<Stats>(path, { from: range.from, to: range.to, interval: range.interval })),
    [path, range.from, range.to, range.interval, range.problem],
  );
  const pixels = useAsync(() => api.get<Page<Pixel>>('/pixels', { limit: 100 }), []);
  const pixelName = (id: string) => {
    const p = pixels.data?.data.find((x) => x.id === id);
    return p ? `${p.name || p.tagId} (${CATALOG[p.platform]?.label ?? p.platform})` : id;
  };

  const data = stats.data;
  const series = useMemo<ChartSeries[]>(
    () =>
      data
        ? [
            { label: 'Human clicks', values: data.timeseries.map((p) => p.humanClicks), colorVar: '--chart-1' },
            { label: 'Unique visitors', values: data.timeseries.map((p) => p.uniqueVisitors), colorVar: '--chart-2' },
            { label: 'Bots', values: data.timeseries.map((p) => p.bots), colorVar: '--chart-3' },
          ]
        : [],
    [data],
  );
  const times = useMemo(() => data?.timeseries.map((p) => p.t) ?? [], [data]);

  async function exportCsv() {
    setExporting(true);
    try {
      const res = await api.raw('/clicks.csv', { linkId, from: range.from, to: range.to });
      const blob = await res.blob();
      // The server names the file (`ricochet-clicks-<slug>.csv`); keep a sensible name if it does not.
      const named = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1];
      saveBlob(new Blob([blob], { type: 'text/csv' }), named ? fileStem(named) : `clicks-${fileStem(exportName)}-${range.to.slice(0, 10)}.csv`);
      toast.ok('CSV export downloaded.');
    } catch (error) {
      toast.error(messageOf(error));
    } finally {
      setExporting(false);
    }
  }

  const t = data?.totals;
  return (
    <section aria-labelledby="stats-title" class="stack">
      <div class="row">
        <h2 id="stats-title">{title ?? 'Analytics'}</h2>
        <span class="spacer" />
        <button type="button" class="btn btn-sm" onClick={() => {
            setNow(minuteNow(Date.now()));
            stats.reload();
            onRefresh?.();
          }}>
          Refresh
        </button>
        <button type="button" class="btn btn-sm" onClick={exportCsv} disabled={exporting || !!range.problem}>
          {exporting ? 'Exporting…' : 'Export CSV'}
        </button>
      </div>
      <RangePicker value={choice} onChange={setChoice} problem={range.problem} />
      {stats.status === 'error' && <ErrorNote error={stats.error} onRetry={stats.reload} />}
      {!data && stats.status === 'loading' && <Loading lines={8} label="Loading analytics" />}
      {data && t && (
        <div class={stats.status === 'loading' ? 'busy' : undefined} aria-busy={stats.status === 'loading'}>
          <div class="kpis" data-testid="kpis">
            <Kpi label="Human clicks" value={formatNumber(t.humanClicks)} testId="kpi-human" />
            <Kpi label="Unique visitors" value={formatNumber(t.uniqueVisitors)} testId="kpi-unique" />
            <Kpi label="Bots and previews" value={formatNumber(t.bots)} testId="kpi-bots" />
            <Kpi
              label={`Pixel yield (${formatNumber(t.pixelConfirmed)} of ${formatNumber(t.pixelFires)} dispatched)`}
              value={t.pixelFires ? formatPercent(t.pixelConfirmed / t.pixelFires) : '–'}
              testId="kpi-yield"
            />
          </div>
          <div class="card">
            <h3 class="sr-only">Clicks over time</h3>
            <TimeChart
              times={times}
              series={series}
              timeZone={data.timeZone || workspace.timeZone}
              label={`Clicks over time, ${data.interval === 'hour' ? 'hourly' : 'daily'}: ${formatNumber(t.humanClicks)} human clicks, ${formatNumber(t.uniqueVisitors)} unique visitors, ${formatNumber(t.bots)} bots.`}
              formatTime={(iso) => formatDateTime(iso)}
            />
          </div>
          <p class="hint" style={{ margin: '0.75rem 0' }}>
            The lists count human clicks. Bots and link previews are counted apart and never get pixels.
          </p>
          <StatsBreakdown stats={data} pixelName={pixelName} />
        </div>
      )}
    </section>
  );
}

function Kpi({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div class="kpi" data-testid={testId}>
      <span class="value">{value}</span>
      <span class="label">{label}</span>
    </div>
  );
}
