/**
 * Analytics for one link or the whole workspace: range picker, filters (in the URL, so views can
 * be saved and shared), figures with their definitions and their change against the previous
 * period, clicks over time, and the breakdowns (each a click-through to the filtered view).
 */
import { useMemo, useState } from 'preact/hooks';
import { CATALOG } from '../../../src/core/pixels/catalog.js';
import { messageOf } from '../lib/api.js';
import { fileStem, saveBlob } from '../lib/browser-io.js';
import { DEFAULT_RANGE, minuteNow, resolveRange, type RangeChoice } from '../lib/date-range.js';
import { countryName, formatDateTime, formatNumber, formatPercent } from '../lib/format.js';
import { loadAll } from '../lib/load-all.js';
import { navigate } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { FILTER_LABELS, filtersOf, hasClickFilter, queryWith, type FilterKey, type Filters } from '../lib/stats-filters.js';
import type { Folder, List, Pixel, Stats, Tag } from '../lib/types.js';
import { useAsync } from '../lib/use-async.js';
import { TimeChart, type ChartSeries } from './chart.js';
import { Kpi } from './kpi.js';
import { RangePicker } from './range-picker.js';
import { SavedViews } from './saved-views.js';
import { StatsBreakdown } from './stats-breakdown.js';
import { ErrorNote, Loading } from './states.js';
import { useToast } from './toast.js';

export interface StatsViewProps {
  /** `/stats` or `/links/<id>/stats`. */
  path: string;
  /** For the CSV export: only this link's clicks. */
  linkId?: string;
  /** File name stem for the export. */
  exportName: string;
  title?: string;
  /** Called on "Refresh" too (the link page reloads the link's click count with it). */
  onRefresh?: () => void;
  /** The screen's URL query (filters live there) and its hash path, e.g. `/analytics`. */
  query: URLSearchParams;
  basePath: string;
}

export function StatsView({ path, linkId, exportName, title, onRefresh, query, basePath }: StatsViewProps) {
  const { api, workspace } = useSession();
  const toast = useToast();
  const [choice, setChoice] = useState<RangeChoice>(DEFAULT_RANGE);
  const [now, setNow] = useState(() => minuteNow(Date.now()));
  const [exporting, setExporting] = useState(false);
  const range = resolveRange(choice, now);
  const filters = filtersOf(query);
  const filterKey = queryWith(new URLSearchParams(), filters);
  const workspaceWide = linkId === undefined;

  const stats = useAsync(
    () =>
      range.problem || range.waiting
        ? Promise.reject(new Error(range.problem ?? 'Pick a start.'))
        : api.get<Stats>(path, { from: range.from, to: range.to, interval: range.interval, compare: 'previous', ...filters }),
    [path, range.from, range.to, range.interval, range.problem, range.waiting, filterKey],
  );
  const pixels = useAsync(() => loadAll<Pixel>(api, '/pixels'), []);
  const folders = useAsync(() => (workspaceWide || filters.folderId !== undefined ? api.get<List<Folder>>('/folders') : Promise.resolve({ data: [] })), [filters.folderId]);
  const tags = useAsync(() => (workspaceWide ? loadAll<Tag>(api, '/tags') : Promise.resolve([])), []);
  const pixelName = (id: string) => {
    const p = pixels.data?.find((x) => x.id === id);
    return p ? `${p.name || p.tagId} (${CATALOG[p.platform]?.label ?? p.platform})` : id;
  };

  const setFilters = (next: Filters) => navigate(`#${basePath}${(() => { const q = queryWith(query, next); return q ? `?${q}` : ''; })()}`);
  const addFilter = (key: FilterKey, value: string) => setFilters({ ...filters, [key]: value });

  const data = stats.data;
  const series = useMemo<ChartSeries[]>(
    () =>
      data
        ? [
            { label: 'Human clicks', values: data.timeseries.map((p) => p.humanClicks), colorVar: '--chart-1' },
            ...(data.timeseries.every((p) => p.uniqueVisitors !== null) ? [{ label: 'Unique visitors', values: data.timeseries.map((p) => p.uniqueVisitors ?? 0), colorVar: '--chart-2' }] : []),
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
      const named = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1];
      saveBlob(new Blob([blob], { type: 'text/csv' }), named ? fileStem(named) : `clicks-${fileStem(exportName)}-${range.to.slice(0, 10)}.csv`);
      toast.ok('CSV export downloaded.');
    } catch (error) {
      toast.error(messageOf(error));
    } finally {
      setExporting(false);
    }
  }

  const filterText = (key: FilterKey, value: string): string => {
    if (key === 'country') return countryName(value);
    if (key === 'linkId') return data?.links.find((l) => l.linkId === value)?.slug ? `/${data.links.find((l) => l.linkId === value)!.slug}` : value;
    if (key === 'folderId') return folders.data?.data.find((f) => f.id === value)?.name ?? (value ? value : 'No folder');
    return value || (key === 'referrer' ? 'Direct / none' : 'Unknown');
  };
  const t = data?.totals;
  const p = data?.previous?.totals;
  const active = Object.entries(filters) as Array<[FilterKey, string]>;
  return (
    <section aria-labelledby="stats-title" class="stack">
      <div class="row">
        <h2 id="stats-title">{title ?? 'Analytics'}</h2>
        <span class="spacer" />
        {workspaceWide && <SavedViews screen="analytics" query={filterKey} onApply={(q) => navigate(`#${basePath}${q ? `?${q}` : ''}`)} />}
        <button
          type="button"
          class="btn btn-sm"
          onClick={() => {
            setNow(minuteNow(Date.now()));
            stats.reload();
            onRefresh?.();
          }}
        >
          Refresh
        </button>
        <button type="button" class="btn btn-sm" onClick={exportCsv} disabled={exporting || !!range.problem || !!range.waiting}>
          {exporting ? 'Exporting…' : 'Export CSV'}
        </button>
      </div>
      <RangePicker value={choice} onChange={setChoice} problem={range.problem} currentFrom={range.from} />
      {workspaceWide && ((tags.data?.length ?? 0) > 0 || (folders.data?.data.length ?? 0) > 0) && (
        <div class="row" role="group" aria-label="Show links">
          {(tags.data?.length ?? 0) > 0 && (
            <>
              <label class="small" for="stats-tag">Tag</label>
              <select id="stats-tag" value={filters.tag ?? ''} onChange={(e) => { const v = (e.currentTarget as HTMLSelectElement).value; const next = { ...filters }; if (v) next.tag = v; else delete next.tag; setFilters(next); }}>
                <option value="">Every tag</option>
                {tags.data!.map((t) => (
                  <option key={t.name} value={t.name}>{t.name}</option>
                ))}
              </select>
            </>
          )}
          {(folders.data?.data.length ?? 0) > 0 && (
            <>
              <label class="small" for="stats-folder">Folder</label>
              <select id="stats-folder" value={filters.folderId ?? '*'} onChange={(e) => { const v = (e.currentTarget as HTMLSelectElement).value; const next = { ...filters }; if (v === '*') delete next.folderId; else next.folderId = v; setFilters(next); }}>
                <option value="*">Every folder</option>
                <option value="">No folder</option>
                {folders.data!.data.map((f) => (
                  <option key={f.id} value={f.id}>{f.name}</option>
                ))}
              </select>
            </>
          )}
        </div>
      )}
      {active.length > 0 && (
        <div class="filters row" role="group" aria-label="Filters">
          <span class="muted small">Showing only:</span>
          {active.map(([key, value]) => (
            <span class="chip" key={key}>
              <span>
                {FILTER_LABELS[key]}: <strong>{filterText(key, value)}</strong>
              </span>
              <button type="button" class="chip-x" aria-label={`Remove the filter ${FILTER_LABELS[key]}: ${filterText(key, value)}`} onClick={() => {
                  const next = { ...filters };
                  delete next[key];
                  setFilters(next);
                }}>
                ×
              </button>
            </span>
          ))}
          <button type="button" class="btn btn-sm btn-ghost" onClick={() => setFilters({})}>
            Clear filters
          </button>
        </div>
      )}
      {stats.status === 'error' && !range.waiting && <ErrorNote error={stats.error} onRetry={stats.reload} />}
      {range.waiting && <p class="hint">Pick a start (and an end, or leave it for now).</p>}
      {!data && stats.status === 'loading' && <Loading lines={8} label="Loading analytics" />}
      {data && t && (
        <div class={stats.status === 'loading' ? 'busy stack' : 'stack'} aria-busy={stats.status === 'loading'}>
          <div class="kpis" data-testid="kpis">
            <Kpi term="humanClicks" value={formatNumber(t.humanClicks)} current={t.humanClicks} previous={p?.humanClicks} testId="kpi-human" />
            <Kpi
              term="uniqueVisitors"
              value={t.uniqueVisitors === null ? '–' : formatNumber(t.uniqueVisitors)}
              current={t.uniqueVisitors}
              previous={p?.uniqueVisitors}
              testId="kpi-unique"
              {...(t.uniqueVisitors === null ? { note: hasClickFilter(filters) ? 'Not counted under country, device, browser, OS, referrer or UTM filters.' : 'Not counted for this many links at once.' } : {})}
            />
            <Kpi term="bots" value={formatNumber(t.bots)} current={t.bots} previous={p?.bots} testId="kpi-bots" />
            <Kpi
              term="yield"
              value={t.pixelFires ? formatPercent(t.pixelConfirmed / t.pixelFires) : '–'}
              current={t.pixelFires ? t.pixelConfirmed / t.pixelFires : null}
              previous={p && p.pixelFires ? p.pixelConfirmed / p.pixelFires : null}
              detail={`${formatNumber(t.pixelConfirmed)} of ${formatNumber(t.pixelFires)} confirmed`}
              testId="kpi-yield"
            />
          </div>
          {data.previous && <p class="hint">Changes compare with the {Math.round((Date.parse(data.to) - Date.parse(data.from)) / 86_400_000) || 1} days before ({formatDateTime(data.previous.from)} – {formatDateTime(data.previous.to)}).</p>}
          <div class="card">
            <h3 class="sr-only">Clicks over time</h3>
            <TimeChart
              times={times}
              series={series}
              timeZone={data.timeZone || workspace.timeZone}
              label={`Clicks over time, ${data.interval === 'hour' ? 'hourly' : 'daily'}: ${formatNumber(t.humanClicks)} human clicks${t.uniqueVisitors === null ? '' : `, ${formatNumber(t.uniqueVisitors)} unique visitors`}, ${formatNumber(t.bots)} bots.`}
              formatTime={(iso) => formatDateTime(iso)}
            />
          </div>
          <p class="hint">The lists count human clicks; select a value to see only its clicks. Bots and link previews are counted apart and never get pixels.</p>
          <StatsBreakdown stats={data} pixelName={pixelName} onFilter={addFilter} workspace={workspaceWide} />
        </div>
      )}
    </section>
  );
}
