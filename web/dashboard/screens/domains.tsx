/**
 * Custom domains: add one, see the DNS record to create, check that it reaches this Ricochet
 * (verification status and why a check failed), and set where unknown slugs (404) and the bare
 * domain go. Domains need `admin` or `owner` to change.
 */
import { useState } from 'preact/hooks';
import { CopyButton } from '../components/copy-button.js';
import { ConfirmDialog, Dialog } from '../components/dialog.js';
import { Field, bindText } from '../components/field.js';
import { PageHead } from '../components/page-head.js';
import { Empty, ErrorNote, Loading } from '../components/states.js';
import { useToast } from '../components/toast.js';
import { ApiError, messageOf } from '../lib/api.js';
import { fieldErrorsOf, type FieldErrors } from '../lib/field-errors.js';
import { formatDateTime } from '../lib/format.js';
import { loadAll } from '../lib/load-all.js';
import { can } from '../lib/role.js';
import { useSession } from '../lib/session.js';
import type { Domain, DomainCheck } from '../lib/types.js';
import { useAsync } from '../lib/use-async.js';

const STATUS: Record<Domain['verification']['status'], { label: string; cls: string }> = {
  pending: { label: 'Not checked yet', cls: 'badge neutral' },
  verified: { label: 'Verified', cls: 'badge ok' },
  failed: { label: 'Not reaching Ricochet', cls: 'badge warn' },
};

export function DomainsScreen() {
  const { api, role, workspace } = useSession();
  const toast = useToast();
  const writable = can(role, 'write:domains');
  const domains = useAsync(() => loadAll<Domain>(api, '/domains'), []);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Domain | null>(null);
  const [deleting, setDeleting] = useState<Domain | null>(null);
  const [checking, setChecking] = useState<string | null>(null);
  const [dns, setDns] = useState<Record<string, DomainCheck['dns']>>({});

  async function check(d: Domain) {
    setChecking(d.id);
    try {
      const result = await api.post<DomainCheck>(`/domains/${encodeURIComponent(d.id)}/check`, undefined);
      setDns((all) => ({ ...all, [d.id]: result.dns }));
      if (result.verification.status === 'verified') toast.ok(`${d.hostname} reaches Ricochet.`);
      domains.reload();
    } catch (error) {
      toast.error(messageOf(error));
    } finally {
      setChecking(null);
    }
  }

  async function remove() {
    if (!deleting) return;
    try {
      await api.del(`/domains/${encodeURIComponent(deleting.id)}`);
      toast.ok(`Removed ${deleting.hostname}.`);
      setDeleting(null);
      domains.reload();
    } catch (error) {
      toast.error(messageOf(error));
      setDeleting(null);
    }
  }

  const list = domains.data ?? [];
  return (
    <>
      <PageHead
        title="Domains"
        sub={<>Short links live on <strong>{workspace.defaultDomain}</strong>, or on a domain of your own (go.yourbrand.com): point its DNS here, check it, and pick it in the link form.</>}
        actions={writable && <button type="button" class="btn btn-primary" onClick={() => setAdding(true)}>Add domain</button>}
      />
      {!writable && <p class="notice">Only admins and owners add and change domains.</p>}
      {domains.status === 'error' && <ErrorNote error={domains.error} onRetry={domains.reload} />}
      {!domains.data && domains.status === 'loading' && <Loading lines={4} label="Loading domains" />}
      {domains.data && list.length === 0 && (
        <div class="card">
          <Empty title="No custom domains yet" action={writable && <button type="button" class="btn btn-primary" onClick={() => setAdding(true)}>Add your first domain</button>}>
            Branded short links get clicked more and tell people where they lead.
          </Empty>
        </div>
      )}
      <div class="stack">
        {list.map((d) => {
          const v = d.verification;
          const answer = dns[d.id];
          return (
            <section class="card domain" key={d.id} aria-labelledby={`dom-${d.id}`} data-testid="domain-card">
              <div class="row">
                <h2 id={`dom-${d.id}`} class="mono">{d.hostname}</h2>
                <span class={STATUS[v.status].cls} data-testid="domain-status">{STATUS[v.status].label}</span>
                <span class="spacer" />
                {writable && (
                  <>
                    <button type="button" class="btn btn-sm" disabled={checking === d.id} onClick={() => check(d)}>{checking === d.id ? 'Checking…' : 'Check now'}</button>
                    <button type="button" class="btn btn-sm" onClick={() => setEditing(d)} aria-label={`Edit pages of ${d.hostname}`}>Edit pages</button>
                    <button type="button" class="btn btn-sm btn-danger" onClick={() => setDeleting(d)} aria-label={`Remove ${d.hostname}`}>Remove</button>
                  </>
                )}
              </div>
              {v.status !== 'verified' && (
                <div class="dns">
                  <p>Create this DNS record where {d.hostname.split(':')[0]}’s DNS is managed, then check:</p>
                  <dl class="facts dns-record">
                    <div><dt>Type</dt><dd class="mono">{v.dnsRecord.type}</dd></div>
                    <div><dt>Name</dt><dd class="mono">{v.dnsRecord.name} <CopyButton text={v.dnsRecord.name} label={`Copy the record name ${v.dnsRecord.name}`} compact /></dd></div>
                    <div><dt>Value</dt><dd class="mono">{v.dnsRecord.value} <CopyButton text={v.dnsRecord.value} label={`Copy the record value ${v.dnsRecord.value}`} compact /></dd></div>
                  </dl>
                  <p class="hint">Behind a proxy or load balancer, send the domain’s requests to Ricochet with their Host header. The check asks for a token at {d.hostname}/_r/domain-check.</p>
                </div>
              )}
              {v.error && <p class="notice warn" role="status">{v.error}</p>}
              {answer && (
                <p class="hint">DNS answered: {[...answer.cname.map((c) => `CNAME ${c}`), ...answer.addresses].join(', ') || 'nothing'}.</p>
              )}
              <dl class="facts">
                <div><dt>Unknown slugs go to</dt><dd>{d.notFoundUrl ?? 'The 404 page'}</dd></div>
                <div><dt>The bare domain goes to</dt><dd>{d.rootUrl ?? 'This server’s home page'}</dd></div>
                <div><dt>Last checked</dt><dd>{v.checkedAt ? formatDateTime(v.checkedAt) : 'Never'}</dd></div>
                {v.verifiedAt && <div><dt>Verified since</dt><dd>{formatDateTime(v.verifiedAt)}</dd></div>}
              </dl>
            </section>
          );
        })}
      </div>
      {adding && <DomainDialog onClose={() => setAdding(false)} onSaved={(d) => { setAdding(false); domains.reload(); void check(d); }} />}
      {editing && <DomainDialog domain={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); domains.reload(); toast.ok('Saved.'); }} />}
      <ConfirmDialog
        open={deleting !== null}
        title="Remove this domain?"
        message={<p>{deleting && <strong>{deleting.hostname}</strong>} can be removed once no link lives on it.</p>}
        confirmLabel="Remove domain"
        danger
        onConfirm={remove}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}

function DomainDialog({ domain, onClose, onSaved }: { domain?: Domain; onClose(): void; onSaved(d: Domain): void }) {
  const { api } = useSession();
  const [hostname, setHostname] = useState('');
  const [notFoundUrl, setNotFoundUrl] = useState(domain?.notFoundUrl ?? '');
  const [rootUrl, setRootUrl] = useState(domain?.rootUrl ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  async function submit() {
    setBusy(true);
    setErrors({});
    const pages = { notFoundUrl: notFoundUrl.trim() || null, rootUrl: rootUrl.trim() || null };
    try {
      const saved = domain
        ? await api.patch<Domain>(`/domains/${encodeURIComponent(domain.id)}`, pages)
        : await api.post<Domain>('/domains', { hostname: hostname.trim(), ...pages });
      onSaved(saved);
    } catch (error) {
      const fields = error instanceof ApiError ? fieldErrorsOf(error) : {};
      setErrors(Object.keys(fields).length ? fields : { hostname: messageOf(error) });
      setBusy(false);
    }
  }
  return (
    <Dialog
      open
      title={domain ? `Pages of ${domain.hostname}` : 'Add a domain'}
      onClose={onClose}
      onSubmit={submit}
      actions={
        <>
          <button type="button" class="btn" onClick={onClose}>Cancel</button>
          <button type="submit" class="btn btn-primary" disabled={busy}>{busy ? 'Saving…' : domain ? 'Save' : 'Add domain'}</button>
        </>
      }
    >
      <div class="form-grid">
        {!domain && (
          <Field id="dom-host" label="Domain" hint="A domain or subdomain you control, e.g. go.yourbrand.com." error={errors.hostname}>
            {(a) => <input {...a} autoComplete="off" spellcheck={false} placeholder="go.yourbrand.com" {...bindText(hostname, setHostname)} />}
          </Field>
        )}
        <Field id="dom-404" label="Unknown slugs go to" hint="Empty: Ricochet’s 404 page." error={errors.notFoundUrl}>
          {(a) => <input {...a} type="url" inputMode="url" placeholder="https://yourbrand.com/" {...bindText(notFoundUrl, setNotFoundUrl)} />}
        </Field>
        <Field id="dom-root" label="The bare domain goes to" hint="Where https://go.yourbrand.com/ itself leads. Empty: this server’s home page." error={errors.rootUrl}>
          {(a) => <input {...a} type="url" inputMode="url" placeholder="https://yourbrand.com/" {...bindText(rootUrl, setRootUrl)} />}
        </Field>
      </div>
    </Dialog>
  );
}
