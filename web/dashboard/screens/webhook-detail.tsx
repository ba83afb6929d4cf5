/**
 * One webhook endpoint: its state, the delivery log (status, latency, response code, the first
 * bytes of the answer), manual redelivery, a test event, secret rotation, on/off.
 */
import { useState } from 'preact/hooks';
import { Dialog } from '../components/dialog.js';
import { Field, bindSelect } from '../components/field.js';
import { PageHead } from '../components/page-head.js';
import { ErrorNote, Loading } from '../components/states.js';
import { useToast } from '../components/toast.js';
import { messageOf } from '../lib/api.js';
import { formatDateTime } from '../lib/format.js';
import { useSession } from '../lib/session.js';
import type { Page, Webhook, WebhookDelivery, WebhookRotated } from '../lib/types.js';
import { useAsync } from '../lib/use-async.js';
import { EVENT_LABELS, OUTCOME_LABELS, shortUrl, statusOf } from '../lib/webhook-labels.js';
import { WebhookSecretDialog } from './webhook-secret-dialog.js';

const OVERLAPS = [0, 1, 24, 72, 168];

export function WebhookDetailScreen({ id }: { id: string }) {
  const { api } = useSession();
  const toast = useToast();
  const path = `/webhooks/${encodeURIComponent(id)}`;
  const webhook = useAsync(() => api.get<Webhook>(path), [id]);
  const [pages, setPages] = useState<string[]>([]);
  const log = useAsync(async () => {
    const first = await api.get<Page<WebhookDelivery>>(`${path}/deliveries`, { limit: 50 });
    setPages(first.nextCursor ? [first.nextCursor] : []);
    return first.data;
  }, [id]);
  const [more, setMore] = useState<WebhookDelivery[]>([]);
  const [rotating, setRotating] = useState(false);
  const [overlap, setOverlap] = useState('24');
  const [secret, setSecret] = useState<{ value: string; until: string | null } | null>(null);
  const [busy, setBusy] = useState(false);

  async function act(work: () => Promise<string>) {
    setBusy(true);
    try {
      toast.ok(await work());
      webhook.reload();
      setMore([]);
      // The engine picks queued messages up within a second or so.
      setTimeout(log.reload, 1500);
    } catch (error) {
      toast.error(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  const w = webhook.data;
  if (!w) {
    return webhook.status === 'error' ? <ErrorNote error={webhook.error} onRetry={webhook.reload} /> : <Loading lines={6} label="Loading endpoint" />;
  }
  const status = statusOf(w);
  const entries = [...(log.data ?? []), ...more];
  return (
    <>
      <PageHead
        title={w.description || shortUrl(w.url)}
        back={{ href: '#/webhooks', label: 'Webhooks' }}
        sub={<span class="mono small">{w.url}</span>}
        actions={
          <>
            <button type="button" class="btn" disabled={busy} onClick={() => act(async () => `Test event queued (${(await api.post<{ messageId: string }>(`${path}/test`, {})).messageId}).`)}>
              Send test event
            </button>
            <button type="button" class="btn" disabled={busy} onClick={() => setRotating(true)}>
              Rotate secret
            </button>
            <button type="button" class="btn" disabled={busy} onClick={() => act(async () => ((await api.patch<Webhook>(path, { enabled: !w.enabled })).enabled ? 'Turned on.' : 'Turned off.'))}>
              {w.enabled ? 'Turn off' : 'Turn on'}
            </button>
          </>
        }
      />
      <div class="card" data-testid="webhook-summary">
        <p class="row">
          <span class={`badge ${status.tone}`}>{status.label}</span>
          {w.failingSince && <span class="warn-text">Failing since {formatDateTime(w.failingSince)}</span>}
        </p>
        <p class="small muted">
          Events: {w.events.map((e) => EVENT_LABELS[e].label).join(', ')}
          {(w.filter.tags.length > 0 || w.filter.linkIds.length > 0) && ` · only links ${[...w.filter.tags.map((t) => `tagged “${t}”`), ...w.filter.linkIds].join(' or ')}`}
        </p>
        <p class="small muted">
          Secret <span class="mono">{w.secretHint}</span>
          {w.previousSecretExpiresAt && ` · the previous secret also signs until ${formatDateTime(w.previousSecretExpiresAt)}`}
        </p>
      </div>
      <h2 style={{ margin: '1.5rem 0 0.75rem' }}>Delivery log</h2>
      {log.status === 'error' && <ErrorNote error={log.error} onRetry={log.reload} />}
      {!log.data && log.status === 'loading' && <Loading lines={4} label="Loading deliveries" />}
      {log.data && entries.length === 0 && <p class="muted">Nothing sent yet. Send a test event to see how your receiver answers.</p>}
      {entries.length > 0 && (
        <div class="table-wrap">
          <table data-testid="webhook-log">
            <caption class="sr-only">Delivery log</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Event</th>
                <th scope="col">Outcome</th>
                <th scope="col" class="col-optional">Answer</th>
                <th scope="col">
                  <span class="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((d) => {
                const outcome = OUTCOME_LABELS[d.outcome];
                return (
                  <tr key={d.id} data-testid="webhook-log-row">
                    <td class="nowrap">{formatDateTime(d.at)}</td>
                    <td>
                      <span class="mono small">{d.type}</span>
                      <span class="show-narrow muted small">{d.trigger === 'scheduled' ? `attempt ${d.attempt}` : d.trigger}</span>
                      <span class="muted small col-optional"> · {d.trigger === 'scheduled' ? `attempt ${d.attempt}` : d.trigger}</span>
                    </td>
                    <td>
                      <span class={`badge ${outcome.tone}`}>{outcome.label}</span>
                      {d.error && <span class="small muted"> {d.error}</span>}
                    </td>
                    <td class="col-optional small">
                      {d.status !== null && <span class="mono">{d.status}</span>}
                      {d.latencyMs !== null && <span class="muted"> · {d.latencyMs} ms</span>}
                      {d.response && (
                        <details>
                          <summary>Response</summary>
                          <pre class="mono small" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxWidth: '32rem' }}>
                            {d.response}
                          </pre>
                        </details>
                      )}
                    </td>
                    <td class="nowrap">
                      {d.messageId && (
                        <button
                          type="button"
                          class="btn btn-ghost btn-sm"
                          disabled={busy}
                          aria-label={`Redeliver ${d.messageId}`}
                          onClick={() => act(async () => `Redelivery of ${(await api.post<{ messageId: string }>(`${path}/messages/${encodeURIComponent(d.messageId as string)}/redeliver`, {})).messageId} queued.`)}
                        >
                          Redeliver
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {pages.length > 0 && (
        <div class="form-actions">
          <button
            type="button"
            class="btn"
            onClick={async () => {
              try {
                const next = await api.get<Page<WebhookDelivery>>(`${path}/deliveries`, { limit: 50, cursor: pages[pages.length - 1] });
                setMore((m) => [...m, ...next.data]);
                setPages(next.nextCursor ? [...pages, next.nextCursor] : []);
              } catch (error) {
                toast.error(messageOf(error));
              }
            }}
          >
            Show older
          </button>
        </div>
      )}
      <Dialog
        open={rotating}
        title="Rotate the signing secret?"
        onClose={() => setRotating(false)}
        onSubmit={async () => {
          setRotating(false);
          await act(async () => {
            const rotated = await api.post<WebhookRotated>(`${path}/rotate-secret`, { overlapHours: Number(overlap) });
            setSecret({ value: rotated.secret, until: rotated.previousSecretExpiresAt });
            return 'New secret made.';
          });
        }}
        actions={
          <>
            <button type="button" class="btn" onClick={() => setRotating(false)} autofocus>
              Cancel
            </button>
            <button type="submit" class="btn btn-primary">
              Rotate
            </button>
          </>
        }
      >
        <div class="form-grid">
          <p>A new secret is made and shown once. During the overlap, every message carries a signature made with each secret, so your receiver keeps verifying while you update it.</p>
          <Field id="wh-overlap" label="Keep the current secret signing for">
            {(a) => (
              <select {...a} {...bindSelect(overlap, setOverlap)}>
                {OVERLAPS.map((h) => (
                  <option key={h} value={String(h)}>
                    {h === 0 ? 'No overlap (stop it now)' : h === 1 ? '1 hour' : h < 48 ? `${h} hours` : `${h / 24} days`}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </Dialog>
      {secret && <WebhookSecretDialog secret={secret.value} rotatedUntil={secret.until} onClose={() => setSecret(null)} />}
    </>
  );
}
