/**
 * "What would this visitor get?" — computed in the browser by the server's own consent function,
 * for the settings on screen (saved or not) and the workspace's default pixels.
 */
import { useMemo, useState } from 'preact/hooks';
import { Check, Field, bindSelect } from '../components/field.js';
import { previewConsent, type CookieState } from '../lib/consent-preview.js';
import { COUNTRY_CODES } from '../lib/countries.js';
import { countryName } from '../lib/format.js';
import type { Pixel } from '../lib/types.js';
import { OPT_IN_COUNTRIES } from '../../../src/core/consent/regions.js';
import type { ConsentSettings } from '../../../src/core/consent/settings.js';
import type { PixelRef } from '../../../src/core/pixels/platform.js';

const SAMPLE: PixelRef[] = [{ id: 'sample', platform: 'meta', tagId: '123456789012345' }];
const UNKNOWN = '';

export function ConsentPreview({ settings, pixels }: { settings: ConsentSettings; pixels: Pixel[] }) {
  const [country, setCountry] = useState('DE');
  const [gpc, setGpc] = useState(false);
  const [cookie, setCookie] = useState<CookieState>('none');
  const countries = useMemo(
    () => COUNTRY_CODES.map((c) => ({ code: c, name: countryName(c) })).sort((a, b) => a.name.localeCompare(b.name)),
    [],
  );
  const defaults = pixels.filter((p) => p.isDefault);
  const used: PixelRef[] = defaults.length ? defaults : pixels.length ? pixels : SAMPLE;
  const usedLabel = defaults.length ? 'your default pixels' : pixels.length ? 'all your pixels' : 'an example Meta pixel (you have no pixels yet)';
  const result = previewConsent({ settings, country: country || null, gpc, cookie, pixels: used });

  return (
    <section class="card" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview a visitor</h2>
      <p class="hint">For a link with {usedLabel}, using the settings on this page (saved or not).</p>
      <div class="form-grid" style={{ marginTop: '0.75rem' }}>
        <Field id="pv-country" label="Visitor’s country">
          {(a) => (
            <select {...a} {...bindSelect(country, setCountry)}>
              <option value={UNKNOWN}>Unknown (no location, VPN)</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                  {OPT_IN_COUNTRIES.has(c.code) ? ' · opt-in region' : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Check id="pv-gpc" checked={gpc} onChange={setGpc} label="Browser sends Global Privacy Control" />
        <fieldset>
          <legend class="label">Earlier answer on this short domain</legend>
          <div class="row">
            {(['none', 'accept', 'decline'] as const).map((c) => (
              <Check
                key={c}
                id={`pv-cookie-${c}`}
                type="radio"
                name="pv-cookie"
                checked={cookie === c}
                onChange={() => setCookie(c)}
                label={c === 'none' ? 'None' : c === 'accept' ? 'Accepted' : 'Declined'}
              />
            ))}
          </div>
        </fieldset>
      </div>
      <div class={`preview ${result.kind}`} style={{ marginTop: '1rem' }} aria-live="polite" data-testid="consent-preview">
        <div class="verdict">
          <span class="dot" aria-hidden="true" />
          <span data-testid="preview-title">{result.title}</span>
        </div>
        <p style={{ margin: 0 }}>{result.reason}</p>
        <p class="hint" style={{ margin: '0.4rem 0 0' }}>
          {result.optInRegion ? 'Opt-in region' : 'Not an opt-in region'} · consent {result.consentNeeded ? 'needed' : 'not needed'} · recorded
          as <code>{result.outcome}</code>
        </p>
      </div>
    </section>
  );
}
