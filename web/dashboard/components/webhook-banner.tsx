/**
 * Tells the workspace when Ricochet turned a webhook endpoint off by itself (it answered 410, or
 * kept failing for days): shown on every screen to those who can fix it (admins and owners).
 */
import { loadAll } from '../lib/load-all.js';
import { can } from '../lib/role.js';
import { useSession } from '../lib/session.js';
import type { Webhook } from '../lib/types.js';
import { useAsync } from '../lib/use-async.js';
import { shortUrl, statusOf, turnedOff } from '../lib/webhook-labels.js';

export function WebhookBanner({ path }: { path: string }) {
  const { api, role } = useSession();
  const allowed = role !== 'unknown' && can(role, 'write:webhooks');
  // Looked at again on every screen change, so fixing it makes the banner go.
  const off = useAsync(async () => (allowed ? turnedOff(await loadAll<Webhook>(api, '/webhooks')) : []), [allowed, path]);
  const list = off.data ?? [];
  if (list.length === 0) return null;
  return (
    <div class="notice warn" role="status" data-testid="webhook-banner" style={{ marginBottom: '1rem' }}>
      <strong>{list.length === 1 ? 'A webhook endpoint was turned off' : `${list.length} webhook endpoints were turned off`}:</strong>{' '}
      {list.map((w, i) => (
        <span key={w.id}>
          {i > 0 && ', '}
          <a href={`#/webhooks/${encodeURIComponent(w.id)}`}>{w.description || shortUrl(w.url)}</a> ({statusOf(w).label.replace(/^Off: /, '')})
        </span>
      ))}
      . Nothing is sent to {list.length === 1 ? 'it' : 'them'} until you turn {list.length === 1 ? 'it' : 'them'} back on.
    </div>
  );
}
