/**
 * The link form's collapsible sections: consent override, routing rules, expiry / limit /
 * password, redirect, audience event, link preview.
 */
import { Check, Field, bindSelect, bindText } from '../components/field.js';
import { Section } from '../components/section.js';
import { errorFor, type FieldErrors } from '../lib/field-errors.js';
import { ACTION_NAMES, POLICY_NAMES } from '../lib/link-form-labels.js';
import type { LinkFormState } from '../lib/link-form-model.js';
import type { ConsentPolicy, Link, OptInAction } from '../lib/types.js';
import { ParamsEditor, RulesEditor } from './link-form-extras.js';

type TextKey = { [K in keyof LinkFormState]: LinkFormState[K] extends string ? K : never }[keyof LinkFormState];

/** The form's state and how to change it, handed to the parts of the form. */
export interface FormBinding {
  state: LinkFormState;
  set: <K extends keyof LinkFormState>(key: K) => (value: LinkFormState[K]) => void;
  text: (key: TextKey) => ReturnType<typeof bindText>;
  errors: FieldErrors;
  /** Whether any error lies at or below one of these paths. */
  has: (...prefixes: string[]) => boolean;
}

export function LinkFormSections({ form, original, inherit }: { form: FormBinding; original: Link | null; inherit: { policy: ConsentPolicy; optInAction: OptInAction } }) {
  const { state, set, text, errors, has } = form;
  return (
    <>
      <Section
        title="Consent"
        summary={state.consentPolicy || state.consentAction ? 'overridden for this link' : 'workspace settings'}
        initiallyOpen={Boolean(state.consentPolicy || state.consentAction)}
        forceOpen={has('consent')}
      >
        <div class="form-grid two">
          <Field id="lf-consent-policy" label="Who must consent first" error={errorFor(errors, 'consent')}>
            {(a) => (
              <select {...a} {...bindSelect(state.consentPolicy, (v) => set('consentPolicy')(v as LinkFormState['consentPolicy']))}>
                <option value="">Workspace setting ({POLICY_NAMES[inherit.policy]})</option>
                <option value="regional">{POLICY_NAMES.regional}</option>
                <option value="always">{POLICY_NAMES.always}</option>
                <option value="never">{POLICY_NAMES.never}</option>
              </select>
            )}
          </Field>
          <Field id="lf-consent-action" label="When consent is missing">
            {(a) => (
              <select {...a} {...bindSelect(state.consentAction, (v) => set('consentAction')(v as LinkFormState['consentAction']))}>
                <option value="">Workspace setting ({ACTION_NAMES[inherit.optInAction]})</option>
                <option value="skip">{ACTION_NAMES.skip}</option>
                <option value="ask">{ACTION_NAMES.ask}</option>
              </select>
            )}
          </Field>
        </div>
        <p class="hint" style={{ marginTop: '0.5rem' }}>
          See <a href="#/settings">Consent &amp; settings</a> for what each choice means and a preview by country.
        </p>
      </Section>

      <Section title="Routing rules" summary={state.rules.length ? `${state.rules.length} rule(s)` : 'none'} initiallyOpen={state.rules.length > 0} forceOpen={has('rules')}>
        <div id="lf-rules" tabIndex={-1}>
          <RulesEditor rules={state.rules} onChange={set('rules')} errors={errors} />
        </div>
      </Section>

      <Section
        title="Expiry, click limit and password"
        summary={[state.expiresAt && 'expires', state.maxClicks && 'limited', (state.password || original?.hasPassword) && 'password'].filter(Boolean).join(', ') || 'none'}
        initiallyOpen={Boolean(state.expiresAt || state.maxClicks || original?.hasPassword)}
        forceOpen={has('expiresAt', 'expiredUrl', 'maxClicks', 'limitUrl', 'password')}
      >
        <div class="form-grid two">
          <Field id="lf-expires" label="Expires at" error={errorFor(errors, 'expiresAt')} hint="Your local time. Empty: never.">
            {(a) => <input {...a} type="datetime-local" {...text('expiresAt')} />}
          </Field>
          <Field id="lf-expired-url" label="After expiry, send to" error={errorFor(errors, 'expiredUrl')} hint="Empty: a “link expired” page.">
            {(a) => <input {...a} type="url" inputMode="url" placeholder="https://example.com/offer-ended" {...text('expiredUrl')} />}
          </Field>
          <Field id="lf-max-clicks" label="Click limit" error={errorFor(errors, 'maxClicks')} hint="Human clicks before the link stops. Empty: no limit.">
            {(a) => <input {...a} type="number" inputMode="numeric" min={1} step={1} {...text('maxClicks')} />}
          </Field>
          <Field id="lf-limit-url" label="After the limit, send to" error={errorFor(errors, 'limitUrl')}>
            {(a) => <input {...a} type="url" inputMode="url" placeholder="https://example.com/sold-out" {...text('limitUrl')} />}
          </Field>
          <Field
            id="lf-password"
            label={original?.hasPassword ? 'New password' : 'Password'}
            error={errorFor(errors, 'password')}
            hint={original?.hasPassword ? 'This link is password protected. Leave empty to keep the current password.' : 'Visitors must enter it first. Empty: no password.'}
          >
            {(a) => <input {...a} type="password" autoComplete="new-password" disabled={state.removePassword} {...text('password')} />}
          </Field>
          {original?.hasPassword && (
            <div style={{ alignSelf: 'center' }}>
              <Check id="lf-remove-password" checked={state.removePassword} onChange={set('removePassword')} label="Remove the password" />
            </div>
          )}
        </div>
      </Section>

      <Section
        title="Redirect"
        summary={`${state.redirectType}${state.forwardQuery ? '' : ', query not forwarded'}${state.serverOnly ? ', server-only' : ''}${state.conversionTracking === 'on' ? ', tracks conversions' : ''}`}
        initiallyOpen={state.redirectType !== '302' || !state.forwardQuery || state.serverOnly || state.conversionTracking !== ''}
        forceOpen={has('redirectType', 'forwardQuery', 'serverOnly', 'conversionTracking')}
      >
        <div class="form-grid two">
          <Field id="lf-redirect-type" label="Redirect type" error={errorFor(errors, 'redirectType')} hint="302 counts every repeat click. 301/308 may be cached by browsers, hiding repeat clicks.">
            {(a) => (
              <select {...a} {...bindSelect(state.redirectType, (v) => set('redirectType')(v as LinkFormState['redirectType']))}>
                <option value="302">302 Found (recommended)</option>
                <option value="307">307 Temporary</option>
                <option value="301">301 Moved permanently</option>
                <option value="308">308 Permanent</option>
              </select>
            )}
          </Field>
          <div style={{ alignSelf: 'center' }}>
            <Check
              id="lf-forward"
              checked={state.forwardQuery}
              onChange={set('forwardQuery')}
              label="Forward the query string"
              hint="Adds ?utm_…&… of the short link to the destination. Ad click ids (gclid, fbclid, …) are always kept."
            />
          </div>
          <div style={{ alignSelf: 'center' }}>
            <Check
              id="lf-server-only"
              checked={state.serverOnly}
              onChange={set('serverOnly')}
              label="Server-only (no pixel page)"
              hint="A plain redirect; pixels with server-side events set up get them from the server. Nothing runs in the browser, so platforms match on less: the ad’s click id, the visitor’s address and browser — no pixel cookies. Pixels without server-side events get nothing."
            />
          </div>
          <Field
            id="lf-conversions"
            label="Conversion tracking"
            error={errorFor(errors, 'conversionTracking')}
            hint="Adds rc_click=<click id> to the destination, for leads and sales reported with POST /api/v1/track/lead and /track/sale."
          >
            {(a) => (
              <select {...a} {...bindSelect(state.conversionTracking, (v) => set('conversionTracking')(v as LinkFormState['conversionTracking']))}>
                <option value="">Workspace setting</option>
                <option value="on">On for this link</option>
                <option value="off">Off for this link</option>
              </select>
            )}
          </Field>
        </div>
      </Section>

      <Section
        title="Audience event"
        summary={state.eventName || 'ricochet_click'}
        initiallyOpen={Boolean(state.eventName || state.eventParams.length)}
        forceOpen={has('event')}
      >
        <div class="form-grid two">
          <Field id="lf-event-name" label="Event name" error={errorFor(errors, 'event.name')} hint="Sent to each pixel with the page view; build audiences from it. Default ricochet_click.">
            {(a) => <input {...a} autoComplete="off" spellcheck={false} placeholder="ricochet_click" {...text('eventName')} />}
          </Field>
          <ParamsEditor params={state.eventParams} onChange={set('eventParams')} errors={errors} />
        </div>
      </Section>

      <Section
        title="Link preview (Open Graph)"
        summary={state.ogTitle || state.ogImage ? 'custom' : 'none'}
        initiallyOpen={Boolean(state.ogTitle || state.ogDescription || state.ogImage)}
        forceOpen={has('og')}
      >
        <p class="hint" style={{ marginBottom: '0.6rem' }}>
          What chat apps and social networks show when someone pastes the short link.
        </p>
        <div class="form-grid two">
          <Field id="lf-og-title" label="Preview title" error={errorFor(errors, 'og.title')}>
            {(a) => <input {...a} {...text('ogTitle')} />}
          </Field>
          <Field id="lf-og-image" label="Preview image URL" error={errorFor(errors, 'og.image')}>
            {(a) => <input {...a} type="url" inputMode="url" placeholder="https://example.com/card.png" {...text('ogImage')} />}
          </Field>
          <Field id="lf-og-description" label="Preview description" class="span-2" error={errorFor(errors, 'og.description')}>
            {(a) => <textarea {...a} rows={2} style={{ minHeight: '4rem', fontFamily: 'inherit' }} {...text('ogDescription')} />}
          </Field>
        </div>
      </Section>

    </>
  );
}
