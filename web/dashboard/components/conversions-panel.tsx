/**
 * Leads, sales, revenue and conversion rates (docs/conversions.md "Stats") per link, campaign or
 * day over the last 30 days, for the workspace or one link, with a CSV download.
 */
import { useState } from 'preact/hooks';
import { messageOf } from '../lib/api.js';
import { fileStem, saveBlob } from '../lib/browser-io.js';
import { formatNumber, formatPercent } from '../lib/format.js';
import { useSession } from '../lib/session.js';
import type { ConversionStats } from '../lib/types.js';
import { useAsync } from '../lib/use-async.js';
import { ErrorNote, Loading } from './states.js';

type Group = 'link' | 'campaign' | 'day';
const GROUPS: Array<[Group, string]> = [
  ['link', 'Link'],
  ['campaign', 'Campaign'],
  ['day', 'Day'],
];

function revenue(r: Record<string, number>): string {
  const parts = Object.entries(r).map(([currency, minor]) => {
    const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(minor / 10 ** digits);
  });
  return parts.length ? parts.join(' + ') : '—';
}

export function ConversionsPanel({ linkId, exportName }: { linkId?: string; exportName: string }) {
  const { api } = useSession();
  const [group, setGroup] = useState<Group>(linkId ? 'day' : 'link');
  const query = { groupBy: group, range: '30d', ...(linkId ? { linkId } : {}) };
  const stats = useAsync(() => api.get<ConversionStats>('/stats/conversions', query), [group, linkId]);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setError(null);
    try {
      const res = await api.raw('/stats/conversions.csv', query);
      saveBlob(await res.blob(), `ricochet-conversions-${fileStem(exportName)}-${group}.csv`);
    } catch (e) {
      setError(messageOf(e));
    }
  }

  const s = stats.data;
  const rows = s ? (group === 'day' ? s.rows.filter((r) => r.leads > 0 || r.sales > 0) : s.rows) : [];
  return (
    <section class="card" aria-labelledby="conversions-title" data-testid="conversions">
      <h2 id="conversions-title">Conversions, last 30 days</h2>
      <div class="row" role="group" aria-label="Group by">
        {GROUPS.filter(([g]) => !(linkId && g === 'link')).map(([g, label]) => (
          <button key={g} type="button" class={`btn btn-sm${g === group ? ' btn-primary' : ''}`} aria-pressed={g === group} onClick={() => setGroup(g)}>
            {label}
          </button>
        ))}
        <button type="button" class="btn btn-sm btn-ghost" onClick={() => void download()}>
          Download CSV
        </button>
      </div>
      {error && <p class="notice error" role="alert">{error}</p>}
      {stats.status === 'error' && <ErrorNote error={stats.error} onRetry={stats.reload} />}
      {!s && stats.status === 'loading' && <Loading lines={3} label="Loading conversions" />}
      {s && (
        <>
          <div class="kpis">
            <div class="kpi"><span class="value" data-testid="conv-leads">{formatNumber(s.totals.leads)}</span><span class="label">Leads</span></div>
            <div class="kpi"><span class="value" data-testid="conv-sales">{formatNumber(s.totals.sales)}</span><span class="label">Sales</span></div>
            <div class="kpi"><span class="value">{revenue(s.totals.revenue)}</span><span class="label">Revenue</span></div>
            <div class="kpi"><span class="value">{formatPercent(s.totals.conversionRate, 1)}</span><span class="label">Leads per click</span></div>
          </div>
          {rows.length === 0 ? (
            <p class="muted small">No leads or sales yet. Turn on conversion tracking for a link and report them with POST /api/v1/track/lead and /track/sale.</p>
          ) : (
            <div class="table-wrap">
              <table>
                <caption class="sr-only">Conversions by {group}</caption>
                <thead>
                  <tr>
                    <th scope="col">{GROUPS.find(([g]) => g === group)?.[1]}</th>
                    <th scope="col">Clicks</th>
                    <th scope="col">Leads</th>
                    <th scope="col">Sales</th>
                    <th scope="col">Revenue</th>
                    <th scope="col">Rate</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.key}>
                      <td>{r.label || '(none)'}</td>
                      <td>{formatNumber(r.humanClicks)}</td>
                      <td>{formatNumber(r.leads)}</td>
                      <td>{formatNumber(r.sales)}</td>
                      <td>{revenue(r.revenue)}</td>
                      <td>{formatPercent(r.conversionRate, 1)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
