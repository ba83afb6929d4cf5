/** The workspace's audit log (docs/security.md#audit-log): who changed what, newest first. */
import { useState } from 'preact/hooks';
import { PageHead } from '../components/page-head.js';
import { Empty, ErrorNote, Loading } from '../components/states.js';
import { formatDateTime } from '../lib/format.js';
import { can } from '../lib/role.js';
import { useSession } from '../lib/session.js';
import { useAsync } from '../lib/use-async.js';

interface AuditEvent {
  id: string;
  at: string;
  actor: { type: string; id: string | null; name: string | null };
  action: string;
  target: { type: string; id: string | null };
  details: Record<string, unknown> | null;
}

interface AuditPage {
  data: AuditEvent[];
  nextCursor: string | null;
}

const TARGET_HREF: Record<string, (id: string) => string> = {
  link: (id) => `#/links/${encodeURIComponent(id)}`,
  pixel: (id) => `#/pixels/${encodeURIComponent(id)}/audience`,
};

/** `{ fields: ['tags', 'url'], slug: 'a' }` → `fields: tags, url · slug: a` */
function describeDetails(details: Record<string, unknown> | null): string {
  if (!details) return '';
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
    .join(' · ');
}

export function AuditLogScreen() {
  const { api, role } = useSession();
  const [pages, setPages] = useState<AuditEvent[][]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const first = useAsync(async () => {
    const page = await api.get<AuditPage>('/audit-log', { limit: 50 });
    setPages([page.data]);
    setCursor(page.nextCursor);
    return page;
  }, []);

  if (!can(role, 'read:audit')) {
    return (
      <>
        <PageHead title="Audit log" />
        <Empty title="Admins only">The audit log names API keys, so only admin and owner keys can read it.</Empty>
      </>
    );
  }
  if (first.status === 'error') return <ErrorNote error={first.error} onRetry={first.reload} />;
  if (!first.data) return <Loading lines={8} label="Loading the audit log" />;

  const events = pages.flat();
  async function more() {
    if (!cursor) return;
    setLoadingMore(true);
    try {
      const page = await api.get<AuditPage>('/audit-log', { limit: 50, cursor });
      setPages((p) => [...p, page.data]);
      setCursor(page.nextCursor);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      <PageHead title="Audit log" />
      <p class="muted">Every change made through the API or this dashboard, with the key that made it. Kept for the server's retention period.</p>
      {events.length === 0 ? (
        <Empty title="Nothing yet">Changes to links, pixels, domains, keys and settings show up here.</Empty>
      ) : (
        <div class="table-wrap">
          <table data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Object</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => {
                const link = e.target.id && TARGET_HREF[e.target.type]?.(e.target.id);
                return (
                  <tr key={e.id}>
                    <td>{formatDateTime(e.at)}</td>
                    <td>{e.actor.type === 'key' ? `${e.actor.name ?? 'a key'} (key)` : e.actor.type}</td>
                    <td class="mono">{e.action}</td>
                    <td class="mono">{link ? <a href={link}>{e.target.id}</a> : (e.target.id ?? e.target.type)}</td>
                    <td>{describeDetails(e.details)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {cursor && (
        <button type="button" class="btn" disabled={loadingMore} onClick={() => void more()} style={{ marginTop: '1rem' }}>
          {loadingMore ? 'Loading…' : 'Older events'}
        </button>
      )}
    </>
  );
}
