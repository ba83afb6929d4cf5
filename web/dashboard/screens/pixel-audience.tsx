/**
 * A pixel's audience: visitors it reached over 30/90/180 days, growth per day, and readiness
 * against the platform's minimum audience size.
 */
import { useMemo } from 'preact/hooks';
import { TimeChart, type ChartSeries } from '../components/chart.js';
import { PageHead } from '../components/page-head.js';
import { Progress } from '../components/progress.js';
import { ErrorNote, Loading } from '../components/states.js';
import { formatDate, formatNumber, formatPercent } from '../lib/format.js';
import { useSession } from '../lib/session.js';
import type { Audience, Pixel } from '../lib/types.js';
import { useAsync } from '../lib/use-async.js';
import { CATALOG } from '../../../src/core/pixels/catalog.js';
import { GLOSSARY } from '../../../src/core/glossary.js';

export function PixelAudienceScreen({ id }: { id: string }) {
  const { api } = useSession();
  const pixel = useAsync(() => api.get<Pixel>(`/pixels/${encodeURIComponent(id)}`), [id]);
  const audience = useAsync(() => api.get<Audience>(`/pixels/${encodeURIComponent(id)}/audience`), [id]);
  const p = pixel.data;
  const a = audience.data;
  const label = p ? `${p.name || p.tagId} (${CATALOG[p.platform]?.label ?? p.platform})` : 'Pixel';

  const times = useMemo(() => a?.growth.map((g) => `${g.date}T00:00:00.000Z`) ?? [], [a]);
  const series = useMemo<ChartSeries[]>(
    () =>
      a
        ? [
            { label: 'Audience (cumulative)', values: a.growth.map((g) => g.cumulative), colorVar: '--chart-1' },
            { label: 'Visitors per day', values: a.growth.map((g) => g.visitors), colorVar: '--chart-2' },
            // The readiness line: the platform's minimum, so the gap to it reads at a glance.
            ...(a.readiness.minimum !== null ? [{ label: `Minimum for ${CATALOG[a.platform]?.label ?? a.platform}`, values: a.growth.map(() => a.readiness.minimum as number), colorVar: '--danger' }] : []),
          ]
        : [],
    [a],
  );

  return (
    <>
      <PageHead title={`Audience: ${label}`} back={{ href: '#/pixels', label: 'Pixels' }} />
      {pixel.status === 'error' && <ErrorNote error={pixel.error} onRetry={pixel.reload} />}
      {audience.status === 'error' && <ErrorNote error={audience.error} onRetry={audience.reload} />}
      {!a && audience.status === 'loading' && <Loading lines={8} label="Loading the audience" />}
      {a && (
        <div class="stack">
          <Readiness audience={a} platformLabel={CATALOG[a.platform]?.label ?? a.platform} />
          <div class="kpis">
            {a.windows.map((w) => (
              <div class="kpi" key={w.days} data-testid={`audience-${w.days}`}>
                <span class="value">{formatNumber(w.visitors)}</span>
                <span class="label">
                  {GLOSSARY.audience.label}, last {w.days} days
                  <br />
                  {formatNumber(w.returnVisitors)} came back in the second half
                </span>
              </div>
            ))}
          </div>
          <div class="card">
            <h2>Growth</h2>
            <TimeChart
              times={times}
              series={series}
              timeZone="UTC"
              label={`Audience growth over the last ${a.growth.length} days`}
              formatTime={(iso) => formatDate(iso)}
            />
          </div>
          <p class="hint">
            {GLOSSARY.audience.definition} A pixel that was served but never sent its hit adds nobody. Platforms match visitors to their users, so the
            audience they report is smaller.
          </p>
        </div>
      )}
    </>
  );
}

function Readiness({ audience, platformLabel }: { audience: Audience; platformLabel: string }) {
  const r = audience.readiness;
  return (
    <div class="card" data-testid="readiness">
      <h2>Readiness</h2>
      {r.minimum === null ? (
        <p>
          {platformLabel} publishes no minimum audience size. You have <strong>{formatNumber(r.visitors)}</strong> visitors in the last{' '}
          {r.lookbackDays} days.
        </p>
      ) : (
        <>
          <p>
            {r.ready ? (
              <strong class="result-ok">Ready to use. </strong>
            ) : (
              <strong>Not ready yet. </strong>
            )}
            {formatNumber(r.visitors)} of the {formatNumber(r.minimum)} people {platformLabel} needs within {r.lookbackDays} days, counted from confirmed hits (
            {formatPercent(r.progress)}).
          </p>
          <Progress
            value={r.visitors}
            max={r.minimum}
            label={`Audience readiness for ${platformLabel}`}
            valueText={`${formatNumber(r.visitors)} of ${formatNumber(r.minimum)} visitors`}
          />
        </>
      )}
      {r.note && (
        <p class="hint" style={{ marginTop: '0.6rem' }}>
          {r.note}
        </p>
      )}
    </div>
  );
}
