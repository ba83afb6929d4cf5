/**
 * The cards under the chart: top links, countries (map and list), devices, browsers, OS,
 * referrers, UTM, hours of the day and days of the week, consent outcomes, pixel yield. Every
 * value is a click-through to the view filtered by it.
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { GLOSSARY } from '../../../src/core/glossary.js';
import { countryName, formatNumber, formatPercent, plural } from '../lib/format.js';
import type { FilterKey } from '../lib/stats-filters.js';
import type { Stats, TopEntry } from '../lib/types.js';
import { ColumnBars } from './column-bars.js';
import { BrandPic, DeviceIcon, Flag } from './pictures.js';
import { TopList, type TopItem } from './top-list.js';
import { WorldMap } from './world-map.js';

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
const HOURS = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00`);
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export interface BreakdownProps {
  stats: Stats;
  pixelName(id: string): string;
  /** Add a filter (click-through); absent where the value is already filtered. */
  onFilter(key: FilterKey, value: string): void;
  /** Whether this is workspace analytics (top links are shown). */
  workspace: boolean;
}

export function StatsBreakdown({ stats: data, pixelName, onFilter, workspace }: BreakdownProps) {
  const [utm, setUtm] = useState<(typeof UTM_KEYS)[number]>('source');
  const humans = data.totals.humanClicks;
  /** Human clicks per value; values only bots produced are left out (bots have their own total). */
  const items = (entries: TopEntry[], key: FilterKey, name: (v: string) => string, icon?: (v: string) => ComponentChildren): TopItem[] =>
    entries
      .filter((e) => e.humanClicks > 0)
      .map((e) => ({
        label: name(e.value),
        value: e.humanClicks,
        ...(e.bots ? { note: `${plural(e.bots, 'bot')} besides` } : {}),
        ...(icon ? { icon: icon(e.value) } : {}),
        ...(data.filters[key] === undefined ? { onSelect: () => onFilter(key, e.value) } : {}),
      }));
  const countryCounts = useMemo(() => new Map(data.countries.map((c) => [c.value, c.humanClicks])), [data.countries]);
  const unknownWord = (v: string) => v || 'Unknown';
  return (
    <div class="grid">
      {workspace && (
        <Card title="Top links" wide>
          <TopList
            label="Top links"
            total={humans}
            items={data.links
              .filter((l) => l.humanClicks > 0)
              .map((l) => ({
                label: l.slug ? `/${l.slug}${l.title ? ` · ${l.title}` : ''}` : 'A deleted link',
                value: l.humanClicks,
                ...(data.filters.linkId === undefined ? { onSelect: () => onFilter('linkId', l.linkId) } : {}),
              }))}
          />
        </Card>
      )}
      <Card title="Countries" wide>
        <div class="map-and-list">
          <WorldMap counts={countryCounts} {...(data.filters.country === undefined ? { onSelect: (c: string) => onFilter('country', c) } : {})} />
          <TopList label="Top countries" total={humans} items={items(data.countries, 'country', countryName, (v) => <Flag country={v} />)} />
        </div>
      </Card>
      <Card title="Devices">
        <TopList label="Top devices" total={humans} items={items(data.devices, 'device', unknownWord, (v) => <DeviceIcon device={v} />)} />
      </Card>
      <Card title="Browsers">
        <TopList label="Top browsers" total={humans} items={items(data.browsers, 'browser', unknownWord, (v) => <BrandPic kind="browser" value={v} />)} />
      </Card>
      <Card title="Operating systems">
        <TopList label="Top operating systems" total={humans} items={items(data.os, 'os', unknownWord, (v) => <BrandPic kind="os" value={v} />)} />
      </Card>
      <Card title="Referrers">
        <TopList label="Top referrers" total={humans} items={items(data.referrers, 'referrer', (v) => v || 'Direct / none', (v) => <BrandPic kind="referrer" value={v} />)} />
      </Card>
      <Card title="UTM">
        <div class="tabs" role="group" aria-label="UTM field">
          {UTM_KEYS.map((k) => (
            <button type="button" key={k} aria-pressed={utm === k} onClick={() => setUtm(k)}>
              {k}
            </button>
          ))}
        </div>
        <TopList label={`Top utm_${utm}`} total={humans} items={items(data.utm[utm], `utm_${utm}`, (v) => v || '(none)')} />
      </Card>
      <Card title="Hours of the day">
        <ColumnBars values={data.hours} labels={HOURS} axis={['0', '6', '12', '18', '23']} label={`Human clicks per hour of the day, ${data.timeZone}`} unit="human clicks" />
        <p class="hint">In {data.timeZone}, the busiest hour highlighted.</p>
      </Card>
      <Card title="Days of the week">
        <ColumnBars values={data.weekdays} labels={WEEKDAYS} axis={['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']} label="Human clicks per day of the week" unit="human clicks" />
      </Card>
      <Card title="Consent outcomes">
        <TopList label="Consent outcomes" items={data.consent.map((c) => ({ label: CONSENT_OUTCOME_LABELS[c.outcome] ?? c.outcome, value: c.clicks }))} />
      </Card>
      <Card title="Pixel yield" wide>
        {data.pixels.length === 0 ? (
          <p class="muted small">No pixel fired in this range.</p>
        ) : (
          <div class="table-wrap flat">
            <table>
              <caption class="sr-only">Pixels fired and confirmed, and their yield</caption>
              <thead>
                <tr>
                  <th scope="col">Pixel</th>
                  <th scope="col" class="num">Fired</th>
                  <th scope="col" class="num">Confirmed</th>
                  <th scope="col" class="num">Yield</th>
                </tr>
              </thead>
              <tbody>
                {data.pixels.map((p) => (
                  <tr key={p.pixelId}>
                    <td class="wrap">{pixelName(p.pixelId)}</td>
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
          {GLOSSARY.yield.definition} The page leaves without waiting for the platform’s answer, so confirmed means sent, not received.
        </p>
      </Card>
    </div>
  );
}

function Card({ title, children, wide }: { title: string; children: ComponentChildren; wide?: boolean }) {
  return (
    <section class={wide ? 'card wide' : 'card'} aria-label={title}>
      <h3 style={{ marginBottom: '0.6rem' }}>{title}</h3>
      {children}
    </section>
  );
}
