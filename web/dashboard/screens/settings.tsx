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
    timeZone !== workspace.timeZone;

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
        <ConsentPreview settings={{ policy, optInAction: action }} pixels={pixels.data ?? []} />
      </div>
    </>
  );
}
