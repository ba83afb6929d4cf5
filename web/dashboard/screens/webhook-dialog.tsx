/**
 * Add or edit a webhook endpoint: URL, events, optional link/tag filter, on/off. The server checks
 * the URL (public addresses only) and its error is shown on the field.
 */
import { useState } from 'preact/hooks';
import { Dialog } from '../components/dialog.js';
import { Check, Field, bindText } from '../components/field.js';
import { ApiError, messageOf } from '../lib/api.js';
import { fieldErrorsOf, type FieldErrors } from '../lib/field-errors.js';
import { useSession } from '../lib/session.js';
import type { Webhook, WebhookCreated, WebhookEventType } from '../lib/types.js';
import { EVENT_LABELS, WEBHOOK_EVENTS } from '../lib/webhook-labels.js';

const list = (text: string) => [...new Set(text.split(/[,\s]+/).map((t) => t.trim()).filter(Boolean))];

export function WebhookDialog({ webhook, onClose, onSaved }: { webhook: Webhook | null; onClose(): void; onSaved(w: Webhook | WebhookCreated): void }) {
  const { api } = useSession();
  const [url, setUrl] = useState(webhook?.url ?? '');
  const [description, setDescription] = useState(webhook?.description ?? '');
  const [events, setEvents] = useState<WebhookEventType[]>(webhook?.events ?? ['link.created', 'click']);
  const [tags, setTags] = useState((webhook?.filter.tags ?? []).join(', '));
  const [linkIds, setLinkIds] = useState((webhook?.filter.linkIds ?? []).join(', '));
  const [enabled, setEnabled] = useState(webhook?.enabled ?? true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  function toggle(event: WebhookEventType, on: boolean) {
    setEvents((current) => (on ? WEBHOOK_EVENTS.filter((e) => e === event || current.includes(e)) : current.filter((e) => e !== event)));
  }

  async function save() {
    if (!url.trim()) return setErrors({ url: 'Enter the URL Ricochet should POST to.' });
    if (events.length === 0) return setErrors({ events: 'Choose at least one event.' });
    setSaving(true);
    setErrors({});
    setFormError(null);
    const body = { url: url.trim(), description: description.trim() || null, events, tags: list(tags), linkIds: list(linkIds), enabled };
    try {
      const saved = webhook
        ? await api.patch<Webhook>(`/webhooks/${encodeURIComponent(webhook.id)}`, body)
        : await api.post<WebhookCreated>('/webhooks', body);
      onSaved(saved);
    } catch (error) {
      const fields = error instanceof ApiError ? fieldErrorsOf(error) : {};
      setErrors(fields);
      if (!Object.keys(fields).length) setFormError(messageOf(error));
      setSaving(false);
    }
  }

  return (
    <Dialog
      open
      wide
      title={webhook ? 'Edit webhook endpoint' : 'Add a webhook endpoint'}
      onClose={onClose}
      onSubmit={save}
      actions={
        <>
          <button type="button" class="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary" disabled={saving}>
            {saving ? 'Saving…' : webhook ? 'Save endpoint' : 'Add endpoint'}
          </button>
        </>
      }
    >
      <div class="form-grid">
        {formError && (
          <p class="notice error" role="alert">
            {formError}
          </p>
        )}
        <Field id="wh-url" label="URL" hint="Ricochet POSTs signed JSON here. It must be reachable on the public internet." error={errors.url} alert>
          {(a) => <input {...a} type="url" autofocus autoComplete="off" spellcheck={false} placeholder="https://crm.example.com/hooks/ricochet" {...bindText(url, setUrl)} />}
        </Field>
        <Field id="wh-description" label="Description" hint="For you, e.g. “CRM sync”." error={errors.description}>
          {(a) => <input {...a} autoComplete="off" maxLength={200} {...bindText(description, setDescription)} />}
        </Field>
        <fieldset class="field">
          <legend class="label">Events</legend>
          {errors.events && (
            <p class="error-text" role="alert">
              {errors.events}
            </p>
          )}
          <div class="pixel-picks">
            {WEBHOOK_EVENTS.map((e) => (
              <Check key={e} id={`wh-ev-${e}`} checked={events.includes(e)} onChange={(on) => toggle(e, on)} label={EVENT_LABELS[e].label} hint={EVENT_LABELS[e].hint} />
            ))}
          </div>
        </fieldset>
        <Field id="wh-tags" label="Only links tagged" hint="Comma-separated. Leave both filters empty to get events about every link." error={errors.tags}>
          {(a) => <input {...a} autoComplete="off" placeholder="spring, newsletter" {...bindText(tags, setTags)} />}
        </Field>
        <Field id="wh-links" label="Only these links" hint="Link ids (lnk_…), comma-separated." error={errors.linkIds}>
          {(a) => <input {...a} autoComplete="off" spellcheck={false} {...bindText(linkIds, setLinkIds)} />}
        </Field>
        <Check id="wh-enabled" checked={enabled} onChange={setEnabled} label="On" hint="Turned off, the endpoint gets nothing." />
      </div>
    </Dialog>
  );
}
