/**
 * Workspace consent defaults (and name, privacy policy URL, time zone), explained in plain words,
 * with a live preview of what a given visitor would get.
 */
import { useMemo, useState } from 'preact/hooks';
import { Check, Field, bindSelect, bindText } from '../components/field.js';
import { PageHead } from '../components/page-head.js';
import { useToast } from '../components/toast.js';
import { ApiError, messageOf } from '../lib/api.js';
import { fieldErrorsOf, type FieldErrors } from '../lib/field-errors.js';
import { loadAll } from '../lib/load-all.js';
import { can } from '../lib/role.js';
import { useSession } from '../lib/session.js';
import type { ConsentPolicy, OptInAction, Pixel, Workspace } from '../lib/types.js';
import { useAsync } from '../lib/use-async.js';
import { ConsentPreview } from './consent-preview.js';
import { PromptPreview } from './prompt-preview.js';
import { DEFAULT_BRAND_COLOR } from '../../../src/core/consent/brand-color.js';
import { PROMPT_LANGUAGES, type PromptLanguage } from '../../../src/core/consent/prompt-strings.js';

const LANGUAGE_NAMES: Record<PromptLanguage, string> = {
  en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español', it: 'Italiano', nl: 'Nederlands', pt: 'Português', pl: 'Polski', sv: 'Svenska', da: 'Dansk',
};

const POLICIES: Array<{ value: ConsentPolicy; label: string; text: string }> = [
  {
    value: 'regional',
    label: 'Ask in opt-in regions (recommended)',
    text: 'Visitors from the EU and EEA, the UK and Switzerland, and anyone whose country is unknown, must consent before pixels fire. Everyone else gets pixels straight away.',
  },
  { value: 'always', label: 'Ask everyone', text: 'Every visitor must consent first, wherever they are.' },
  {
    value: 'never',
    label: 'Never ask',
    text: 'Pixels fire for everyone without asking. Choose this only if you collect consent some other way: you take responsibility.',
  },
];

const ACTIONS: Array<{ value: OptInAction; label: string; text: string }> = [
  {
    value: 'skip',
    label: 'Skip the pixels',
    text: 'A plain, instant redirect without pixels. Nothing extra to see, but those visitors never join your audiences.',
  },
  {
    value: 'ask',
    label: 'Ask with a short prompt',
    text: 'A small page names your ad platforms with Accept and Decline buttons. Accept fires the pixels; Decline goes straight on. The answer is remembered on the short domain for 180 days.',
  },
];

function timeZones(current: string): string[] {
  let zones: string[] = [];
  try {
    zones = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  } catch {
    zones = [];
  }
  return [...new Set(['UTC', current, ...zones])];
}

export function SettingsScreen() {
  const { api, role, workspace, setWorkspace } = useSession();
  const toast = useToast();
  const writable = can(role, 'write:workspace');
  const [name, setName] = useState(workspace.name);
  const [policy, setPolicy] = useState<ConsentPolicy>(workspace.consent.policy);
  const [action, setAction] = useState<OptInAction>(workspace.consent.optInAction);
  const [privacyUrl, setPrivacyUrl] = useState(workspace.privacyPolicyUrl ?? '');
  const [timeZone, setTimeZone] = useState(workspace.timeZone);
  const prompt = workspace.consentPrompt;
  const [brandColor, setBrandColor] = useState(prompt.brandColor ?? '');
  const [logoUrl, setLogoUrl] = useState(prompt.logoUrl ?? '');
  const [language, setLanguage] = useState(prompt.language ?? '');
  const [previewLanguage, setPreviewLanguage] = useState<PromptLanguage>((prompt.language as PromptLanguage | null) ?? 'en');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const zones = useMemo(() => timeZones(workspace.timeZone), [workspace.timeZone]);
  const pixels = useAsync(() => loadAll<Pixel>(api, '/pixels'), []);

  const dirty =
    name !== workspace.name ||
    policy !== workspace.consent.policy ||
    action !== workspace.consent.optInAction ||
    privacyUrl.trim() !== (workspace.privacyPolicyUrl ?? '') ||
    timeZone !== workspace.timeZone ||
    brandColor !== (prompt.brandColor ?? '') ||
    logoUrl.trim() !== (prompt.logoUrl ?? '') ||
    language !== (prompt.language ?? '');

  async function save(e: Event) {
    e.preventDefault();
    setSaving(true);
    setErrors({});
    setFormError(null);
    try {
      const updated = await api.patch<Workspace>('/workspace', {
        name: name.trim(),
        consent: { policy, optInAction: action },
        privacyPolicyUrl: privacyUrl.trim() || null,
        timeZone,
        consentPrompt: {
          brandColor: brandColor || null,
          logoUrl: logoUrl.trim() || null,
          language: (language || null) as PromptLanguage | null,
        },
      });
      setWorkspace(updated);
      toast.ok('Settings saved.');
    } catch (error) {
      const fields = error instanceof ApiError ? fieldErrorsOf(error) : {};
      setErrors(fields);
      if (!Object.keys(fields).length) setFormError(messageOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <PageHead title="Consent & settings" sub="Defaults for every link; a link can override its consent settings in its own form." />
      <div class="grid settings-grid">
        <form class="card" onSubmit={save} noValidate>
          {!writable && <p class="notice">Only admins and owners can change these settings. You can still try the preview.</p>}
          {formError && (
            <p class="notice error" role="alert">
              {formError}
            </p>
          )}
          <fieldset disabled={!writable} class="stack">
            <fieldset>
              <legend>Who must consent before pixels fire?</legend>
              <div class="choice-list">
                {POLICIES.map((p) => (
                  <Check key={p.value} id={`policy-${p.value}`} type="radio" name="policy" checked={policy === p.value} onChange={() => setPolicy(p.value)} label={<strong>{p.label}</strong>} hint={p.text} />
                ))}
              </div>
            </fieldset>
            <fieldset>
              <legend>When consent is needed and not given yet</legend>
              <div class="choice-list">
                {ACTIONS.map((a) => (
                  <Check key={a.value} id={`action-${a.value}`} type="radio" name="optInAction" checked={action === a.value} onChange={() => setAction(a.value)} label={<strong>{a.label}</strong>} hint={a.text} />
                ))}
              </div>
            </fieldset>
            <p class="notice small">
              Always, whatever you choose: browsers that send Global Privacy Control get no pixels, bots and link previews get no pixels,
              and a visitor who pressed Decline is not asked again.
            </p>
            <fieldset>
              <legend>How the prompt looks</legend>
              <div class="form-grid two">
                <Field id="ws-brand" label="Brand colour" hint="Both buttons get it, with black or white text, whichever reads better." error={errors['consentPrompt.brandColor'] ?? errors.consentPrompt}>
                  {(a) => (
                    <div class="color-row">
                      <input type="color" aria-label="Pick the brand colour" value={brandColor || DEFAULT_BRAND_COLOR} onInput={(e) => setBrandColor((e.currentTarget as HTMLInputElement).value)} />
                      <input {...a} placeholder={DEFAULT_BRAND_COLOR} maxLength={7} spellcheck={false} {...bindText(brandColor, setBrandColor)} />
                    </div>
                  )}
                </Field>
                <Field id="ws-language" label="Language" hint="The visitor’s own, when Ricochet speaks it; else English." error={errors['consentPrompt.language']}>
                  {(a) => (
                    <select {...a} {...bindSelect(language, (v) => { setLanguage(v); if (v) setPreviewLanguage(v as PromptLanguage); })}>
                      <option value="">The visitor’s language</option>
                      {PROMPT_LANGUAGES.map((l) => (
                        <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field id="ws-logo" label="Logo URL" class="span-2" hint="An https image, shown above the question (up to 40 px high)." error={errors['consentPrompt.logoUrl']}>
                  {(a) => <input {...a} type="url" inputMode="url" placeholder="https://example.com/logo.svg" {...bindText(logoUrl, setLogoUrl)} />}
                </Field>
              </div>
            </fieldset>
            <Field id="ws-privacy" label="Privacy policy URL" hint="Linked from the consent prompt." error={errors.privacyPolicyUrl}>
              {(a) => <input {...a} type="url" inputMode="url" placeholder="https://example.com/privacy" {...bindText(privacyUrl, setPrivacyUrl)} />}
            </Field>
            <div class="form-grid two">
              <Field id="ws-name" label="Workspace name" error={errors.name}>
                {(a) => <input {...a} maxLength={100} {...bindText(name, setName)} />}
              </Field>
              <Field id="ws-tz" label="Time zone" hint="Where analytics days start and end." error={errors.timeZone}>
                {(a) => (
                  <select {...a} {...bindSelect(timeZone, setTimeZone)}>
                    {zones.map((z) => (
                      <option key={z} value={z}>
                        {z}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            {writable && (
              <div class="form-actions">
                <button type="submit" class="btn btn-primary" disabled={saving || !dirty}>
                  {saving ? 'Saving…' : 'Save settings'}
                </button>
                {dirty && <span class="muted small">Unsaved changes</span>}
              </div>
            )}
          </fieldset>
        </form>
        <div class="stack sticky">
          <ConsentPreview settings={{ policy, optInAction: action }} pixels={pixels.data ?? []} />
          <section class="card" aria-labelledby="prompt-title">
            <div class="row">
              <h2 id="prompt-title" style={{ margin: 0 }}>The prompt</h2>
              <span class="spacer" />
              <label class="sr-only" for="prompt-lang">Preview language</label>
              <select id="prompt-lang" value={previewLanguage} onChange={(e) => setPreviewLanguage((e.currentTarget as HTMLSelectElement).value as PromptLanguage)}>
                {PROMPT_LANGUAGES.map((l) => (
                  <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>
                ))}
              </select>
            </div>
            <p class="hint" style={{ margin: '0.5rem 0 0.75rem' }}>What visitors see when a link asks first{action === 'skip' ? ' (with “Ask with a short prompt” chosen)' : ''}.</p>
            <PromptPreview language={previewLanguage} brandColor={brandColor} logoUrl={logoUrl.trim()} privacyUrl={privacyUrl.trim()} pixels={(pixels.data ?? []).filter((p) => p.isDefault)} />
          </section>
        </div>
      </div>
    </>
  );
}
