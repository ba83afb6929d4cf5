/** The breakdowns under the chart: top dimensions, UTM, consent outcomes, pixel yield. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { countryName, formatNumber, formatPercent, plural } from '../lib/format.js';
import type { Stats, TopEntry } from '../lib/types.js';
import { TopList, type TopItem } from './top-list.js';

export const CONSENT_OUTCOME_LABELS: Record<string, string> = {
  not_required: 'Pixels fired: no consent needed',
  policy_never: 'Pixels fired: policy “never ask”',
  granted_cookie: 'Pixels fired: accepted earlier',
  granted_prompt: 'Pixels fired: accepted on the prompt',
  granted_tcf: 'Pixels fired: TCF consent string',
  prompt: 'Prompt shown, no answer',
  denied_prompt: 'Declined on the prompt',
  denied_cookie: 'Declined earlier',
  denied_tcf: 'Refused by a TCF consent string',
  suppressed_region: 'Skipped: consent needed, not asked',
  suppressed_gpc: 'Skipped: Global Privacy Control',
  no_pixels: 'Link has no pixels',
  bot: 'Bots (never get pixels)',
};

const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;

/** Human clicks per value; values only bots produced are left out (bots have their own total). */
function topItems(entries: TopEntry[], name: (v: string) => string = (v) => v || 'Unknown'): TopItem[] {
  return entries.filter((e) => e.humanClicks > 0).map((e) => ({
    label: name(e.value),
    value: e.humanClicks,
    ...(e.bots ? { note: `${plural(e.bots, 'bot')} besides` } : {}),
  }));
}

export function StatsBreakdown({ stats: data, pixelName }: { stats: Stats; pixelName(id: string): string }) {
  const [utm, setUtm] = useState<(typeof UTM_KEYS)[number]>('source');
  return (
    <div class="grid">
      <Card title="Countries">
        <TopList label="Top countries" items={topItems(data.countries, countryName)} />
      </Card>
      <Card title="Devices">
        <TopList label="Top devices" items={topItems(data.devices)} />
      </Card>
      <Card title="Browsers">
        <TopList label="Top browsers" items={topItems(data.browsers)} />
      </Card>
      <Card title="Operating systems">
        <TopList label="Top operating systems" items={topItems(data.os)} />
      </Card>
      <Card title="Referrers">
        <TopList label="Top referrers" items={topItems(data.referrers, (v) => v || 'Direct / none')} />
      </Card>
      <Card title="UTM">
        <div class="tabs" role="group" aria-label="UTM field">
          {UTM_KEYS.map((k) => (
            <button type="button" key={k} aria-pressed={utm === k} onClick={() => setUtm(k)}>
              {k}
            </button>
          ))}
        </div>
        <TopList label={`Top utm_${utm}`} items={topItems(data.utm[utm], (v) => v || '(none)')} />
      </Card>
      <Card title="Consent outcomes">
        <TopList
          label="Consent outcomes"
          items={data.consent.map((c) => ({ label: CONSENT_OUTCOME_LABELS[c.outcome] ?? c.outcome, value: c.clicks }))}
        />
      </Card>
      <Card title="Pixels: fired vs dispatched">
        {data.pixels.length === 0 ? (
          <p class="muted small">No pixel fired in this range.</p>
        ) : (
          <div class="table-wrap" style={{ boxShadow: 'none' }}>
            <table>
              <thead>
                <tr>
                  <th scope="col">Pixel</th>
                  <th scope="col" class="num">Fired</th>
                  <th scope="col" class="num">Dispatched</th>
                  <th scope="col" class="num">Yield</th>
                </tr>
              </thead>
              <tbody>
                {data.pixels.map((p) => (
                  <tr key={p.pixelId}>
                    <td>{pixelName(p.pixelId)}</td>
                    <td class="num">{formatNumber(p.fires)}</td>
                    <td class="num">{formatNumber(p.confirmed)}</td>
                    <td class="num">{formatPercent(p.yield)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p class="hint" style={{ marginTop: '0.5rem' }}>
          Dispatched means the page handed the pixel’s hit to the visitor’s browser before moving on to the destination. The
          platform’s answer is never seen: the page leaves without waiting for it, so this is not a confirmation from the
          platform.
        </p>
      </Card>
    </div>
  );
}

function Card({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <div class="card">
      <h3 style={{ marginBottom: '0.6rem' }}>{title}</h3>
      {children}
    </div>
  );
}
