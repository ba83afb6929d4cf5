/** Webhook endpoints: list, add (the secret is shown once), edit, delete; each links to its delivery log. */
import { useState } from 'preact/hooks';
import { ConfirmDialog } from '../components/dialog.js';
import { PageHead } from '../components/page-head.js';
import { Empty, ErrorNote, Loading } from '../components/states.js';
import { useToast } from '../components/toast.js';
import { messageOf } from '../lib/api.js';
import { formatDate } from '../lib/format.js';
import { loadAll } from '../lib/load-all.js';
import { useSession } from '../lib/session.js';
import type { Webhook } from '../lib/types.js';
import { useAsync } from '../lib/use-async.js';
import { EVENT_LABELS, shortUrl, statusOf } from '../lib/webhook-labels.js';
import { WebhookDialog } from './webhook-dialog.js';
import { WebhookSecretDialog } from './webhook-secret-dialog.js';

export function WebhooksScreen() {
  const { api } = useSession();
  const toast = useToast();
  const webhooks = useAsync(() => loadAll<Webhook>(api, '/webhooks'), []);
  const [editing, setEditing] = useState<Webhook | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function remove() {
    if (!deleting) return;
    setBusy(true);
    try {
      await api.del(`/webhooks/${encodeURIComponent(deleting.id)}`);
      toast.ok(`Deleted the endpoint ${shortUrl(deleting.url)}.`);
      setDeleting(null);
      webhooks.reload();
    } catch (error) {
      toast.error(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  const list = webhooks.data ?? [];
  const add = (
    <button type="button" class="btn btn-primary" onClick={() => setEditing('new')}>
      Add endpoint
    </button>
  );
  return (
    <>
      <PageHead title="Webhooks" sub="Ricochet POSTs signed events to your systems: link changes, clicks, conversions, audience milestones." actions={add} />
      {webhooks.status === 'error' && <ErrorNote error={webhooks.error} onRetry={webhooks.reload} />}
      {!webhooks.data && webhooks.status === 'loading' && <Loading lines={4} label="Loading webhooks" />}
      {webhooks.data && list.length === 0 && (
        <div class="card">
          <Empty title="No webhook endpoints yet" action={add}>
            Send new links to your CRM, clicks to your data warehouse, or a message to your team when an audience is ready.
          </Empty>
        </div>
      )}
      {list.length > 0 && (
        <div class="table-wrap">
          <table data-testid="webhooks-table">
            <caption class="sr-only">Webhook endpoints</caption>
            <thead>
              <tr>
                <th scope="col">Endpoint</th>
                <th scope="col" class="col-optional">Events</th>
                <th scope="col">Status</th>
                <th scope="col" class="col-optional">Added</th>
                <th scope="col">
                  <span class="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((w) => {
                const status = statusOf(w);
                return (
                  <tr key={w.id} data-testid="webhook-row">
                    <td>
                      <a class="cell-link" href={`#/webhooks/${encodeURIComponent(w.id)}`}>
                        {w.description || shortUrl(w.url)}
                      </a>
                      <span class="dest mono small">{shortUrl(w.url)}</span>
                    </td>
                    <td class="col-optional">
                      {w.events.map((e) => (
                        <span key={e} class="tag" style={{ cursor: 'default' }}>
                          {EVENT_LABELS[e].label}
                        </span>
                      ))}
                    </td>
                    <td>
                      <span class={`badge ${status.tone}`}>{status.label}</span>
                    </td>
                    <td class="col-optional nowrap">{formatDate(w.createdAt)}</td>
                    <td class="nowrap">
                      <a class="btn btn-ghost btn-sm" href={`#/webhooks/${encodeURIComponent(w.id)}`} aria-label={`Delivery log of ${shortUrl(w.url)}`}>
                        Log
                      </a>
                      <button type="button" class="btn btn-ghost btn-sm" onClick={() => setEditing(w)} aria-label={`Edit ${shortUrl(w.url)}`}>
                        Edit
                      </button>
                      <button type="button" class="btn btn-ghost btn-sm btn-danger" onClick={() => setDeleting(w)} aria-label={`Delete ${shortUrl(w.url)}`}>
                        Delete
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editing !== null && (
        <WebhookDialog
          webhook={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            webhooks.reload();
            if ('secret' in saved) setSecret(saved.secret);
            else toast.ok(`Saved ${shortUrl(saved.url)}.`);
          }}
        />
      )}
      {secret && <WebhookSecretDialog secret={secret} onClose={() => setSecret(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this endpoint?"
        message={<p>{deleting && <strong>{shortUrl(deleting.url)}</strong>} will get nothing more, including messages still waiting for a retry.</p>}
        confirmLabel="Delete endpoint"
        danger
        busy={busy}
        onConfirm={remove}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}
