/**
 * Create and edit a link in one form. The common fields are always visible; the rest sit in
 * sections that open when they hold something or when the API points at a field inside them.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Check, Field, bindSelect, bindText } from '../components/field.js';
import { PageHead } from '../components/page-head.js';
import { ErrorNote, Loading } from '../components/states.js';
import { useToast } from '../components/toast.js';
import { ApiError, messageOf } from '../lib/api.js';
import { errorFor, fieldErrorsOf, type FieldErrors } from '../lib/field-errors.js';
import { emptyLinkForm, linkToForm, localProblems, toCreateBody, toUpdateBody, type LinkFormState } from '../lib/link-form-model.js';
import { loadAll } from '../lib/load-all.js';
import { can } from '../lib/role.js';
import { navigate } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import type { Domain, Folder, Link, List, Pixel } from '../lib/types.js';
import { Section } from '../components/section.js';
import { UtmBuilder } from './utm-builder.js';
import { useAsync } from '../lib/use-async.js';
import { fieldFor } from '../lib/link-form-labels.js';
import { CATALOG } from '../../../src/core/pixels/catalog.js';
import { LinkFormSections, type FormBinding } from './link-form-sections.js';

interface FormData {
  link: Link | null;
  pixels: Pixel[];
  domains: Domain[];
  folders: Folder[];
}

export function LinkFormScreen({ id }: { id?: string }) {
  const { api, workspace, role } = useSession();
  const editing = id !== undefined;
  const data = useAsync<FormData>(async () => {
    const [link, pixels, domains, folders] = await Promise.all([
      editing ? api.get<Link>(`/links/${encodeURIComponent(id)}`) : Promise.resolve(null),
      loadAll<Pixel>(api, '/pixels'),
      loadAll<Domain>(api, '/domains'),
      api.get<List<Folder>>('/folders'),
    ]);
    return { link, pixels, domains, folders: folders.data };
  }, [id]);

  const title = editing ? 'Edit link' : 'New link';
  const back = editing ? { href: `#/links/${encodeURIComponent(id)}`, label: 'Back to the link' } : { href: '#/links', label: 'Links' };
  if (!can(role, 'write:links')) {
    return (
      <>
        <PageHead title={title} back={back} />
        <p class="notice">Your key is read-only: it can view links but not create or change them.</p>
      </>
    );
  }
  return (
    <>
      <PageHead title={title} back={back} />
      {data.status === 'error' && <ErrorNote error={data.error} onRetry={data.reload} />}
      {!data.data && data.status === 'loading' && <Loading lines={10} label="Loading the form" />}
      {data.data && <LinkForm data={data.data} defaultDomain={workspace.defaultDomain} />}
    </>
  );
}

function LinkForm({ data, defaultDomain }: { data: FormData; defaultDomain: string }) {
  const { api, workspace } = useSession();
  const toast = useToast();
  const original = data.link;
  const [state, setState] = useState<LinkFormState>(() =>
    original ? linkToForm(original, defaultDomain) : emptyLinkForm(data.pixels.filter((p) => p.isDefault).map((p) => p.id)),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const set = <K extends keyof LinkFormState>(key: K) => (value: LinkFormState[K]) => setState((s) => ({ ...s, [key]: value }));
  const text: FormBinding['text'] = (key) => bindText(state[key] as string, set(key) as (v: string) => void);

  const errorPaths = Object.keys(errors);
  const has = (...prefixes: string[]) => errorPaths.some((p) => prefixes.some((x) => p === x || p.startsWith(x + '.')));
  const form: FormBinding = { state, set, text, errors, has };

  useEffect(() => {
    if (formError || errorPaths.length) summary.current?.focus();
  }, [errors, formError]);

  async function submit(e: Event) {
    e.preventDefault();
    const local = localProblems(state);
    if (Object.keys(local).length) {
      setErrors(local);
      setFormError(null);
      return;
    }
    setSaving(true);
    setErrors({});
    setFormError(null);
    try {
      const link = original
        ? await api.patch<Link>(`/links/${encodeURIComponent(original.id)}`, toUpdateBody(state, original, defaultDomain))
        : await api.post<Link>('/links', toCreateBody(state));
      toast.ok(original ? 'Link saved.' : `Created ${link.shortUrl}`);
      navigate(`#/links/${encodeURIComponent(link.id)}`);
    } catch (error) {
      const fields = error instanceof ApiError ? fieldErrorsOf(error) : {};
      // Field errors go next to their fields (and into the summary); anything else is one message.
      setErrors(fields);
      setFormError(Object.keys(fields).length ? null : messageOf(error));
      setSaving(false);
    }
  }

  const summaryItems = errorPaths.map((p) => ({ path: p, message: errors[p]!, field: fieldFor(p) }));
  const domainOptions = useMemo(() => [...new Set(data.domains.map((d) => d.hostname))], [data.domains]);
  const inherit = workspace.consent;

  return (
    <form class="card" onSubmit={submit} noValidate aria-busy={saving}>
      {(formError || summaryItems.length > 0) && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <strong>{formError ? 'The link could not be saved.' : 'Please fix:'}</strong>
          {formError && <p style={{ margin: '0.25rem 0 0' }}>{formError}</p>}
          {summaryItems.length > 0 && (
            <ul style={{ margin: '0.35rem 0 0', paddingLeft: '1.2rem' }}>
              {summaryItems.map((item) => (
                <li key={item.path}>
                  <button type="button" class="link-btn" onClick={() => document.getElementById(item.field?.id ?? 'lf-url')?.focus()}>
                    {item.field?.label ?? item.path}
                  </button>
                  : {item.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div class="form-grid two">
        <Field id="lf-url" label="Destination URL" class="span-2" error={errorFor(errors, 'url')} hint="Where visitors end up. Query strings of incoming clicks are added to it unless you turn that off.">
          {(a) => <input {...a} type="url" inputMode="url" required placeholder="https://example.com/article" autoComplete="off" {...text('url')} />}
        </Field>
        <Field id="lf-domain" label="Domain" error={errorFor(errors, 'domain')}>
          {(a) => (
            <select {...a} {...bindSelect(state.domain, set('domain'))}>
              <option value="">{defaultDomain} (default)</option>
              {domainOptions.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="lf-slug" label="Slug" error={errorFor(errors, 'slug')} hint={original ? 'Changing it breaks links already shared.' : 'Empty for a random one. Letters, digits, - and _.'}>
          {(a) => <input {...a} autoComplete="off" spellcheck={false} placeholder="spring-sale" {...text('slug')} />}
        </Field>
        <Field id="lf-title" label="Title" error={errorFor(errors, 'title')} hint="For you; visitors never see it.">
          {(a) => <input {...a} autoComplete="off" {...text('title')} />}
        </Field>
        <Field id="lf-tags" label="Tags" error={errorFor(errors, 'tags')} hint="Comma-separated, e.g. spring, newsletter.">
          {(a) => <input {...a} autoComplete="off" {...text('tags')} />}
        </Field>
        <Field id="lf-folder" label="Folder" error={errorFor(errors, 'folderId')} hint="A campaign, client or channel the link belongs to.">
          {(a) => (
            <select {...a} {...bindSelect(state.folderId, set('folderId'))}>
              <option value="">No folder</option>
              {data.folders.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <Section title="UTM parameters" summary={Object.values(state.utm).filter(Boolean).length ? Object.entries(state.utm).filter(([, v]) => v).map(([k, v]) => `${k}=${v}`).join(', ') : 'none'} initiallyOpen={Object.values(state.utm).some(Boolean)} forceOpen={has('utm')}>
        <UtmBuilder utm={state.utm} onChange={set('utm')} />
      </Section>

      <div class="section">
      <fieldset id="lf-pixels" tabIndex={-1} aria-describedby={errorFor(errors, 'pixelIds') ? 'lf-pixels-error' : undefined}>
        <legend>Pixels</legend>
        {data.pixels.length === 0 ? (
          <p class="hint">
            No pixels yet. <a href="#/pixels">Add your ad platforms’ pixels</a> to build retargeting audiences from this link.
          </p>
        ) : (
          <>
            <p class="hint" style={{ marginBottom: '0.6rem' }}>
              Fired on the way to the destination, when consent allows.{!original && ' Your default pixels are preselected.'}
            </p>
            <div class="pixel-picks">
              {data.pixels.map((p) => (
                <Check
                  key={p.id}
                  id={`lf-pixel-${p.id}`}
                  checked={state.pixelIds.includes(p.id)}
                  onChange={(on) => set('pixelIds')(on ? [...state.pixelIds, p.id] : state.pixelIds.filter((x) => x !== p.id))}
                  label={p.name || p.tagId}
                  hint={`${CATALOG[p.platform]?.label ?? p.platform} · ${p.tagId}${p.isDefault ? ' · default' : ''}`}
                />
              ))}
            </div>
          </>
        )}
        {errorFor(errors, 'pixelIds') && (
          <p class="error-text" id="lf-pixels-error">
            {errorFor(errors, 'pixelIds')}
          </p>
        )}
      </fieldset>
      </div>

      <LinkFormSections form={form} original={original} inherit={inherit} />

      <div class="form-actions">
        <button type="submit" class="btn btn-primary" disabled={saving}>
          {saving ? 'Saving…' : original ? 'Save changes' : 'Create link'}
        </button>
        <a class="btn" href={original ? `#/links/${encodeURIComponent(original.id)}` : '#/links'}>
          Cancel
        </a>
      </div>
    </form>
  );
}
