/**
 * The links table: search (`q`), tag filter, cursor pagination ("Load more"), copy / QR / edit /
 * delete per row. Filters live in the URL hash so reload and the back button keep them.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DeleteLinkDialog } from '../components/delete-link-dialog.js';
import { Field, bindText } from '../components/field.js';
import { PageHead } from '../components/page-head.js';
import { QrDialog } from '../components/qr-dialog.js';
import { Empty, ErrorNote, Loading } from '../components/states.js';
import { useToast } from '../components/toast.js';
import { messageOf } from '../lib/api.js';
import { formatNumber } from '../lib/format.js';
import { can } from '../lib/role.js';
import { href, navigate } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import type { Link, Page } from '../lib/types.js';
import { useAsync } from '../lib/use-async.js';
import { LinksTable } from './links-table.js';

const PAGE_SIZE = 50;

export function LinksScreen({ query }: { query: URLSearchParams }) {
  const { api, role } = useSession();
  const toast = useToast();
  const q = query.get('q') ?? '';
  const tag = query.get('tag') ?? '';
  const [qInput, setQInput] = useState(q);
  const [tagInput, setTagInput] = useState(tag);
  const [more, setMore] = useState<Link[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [removed, setRemoved] = useState<Set<string>>(new Set());
  const [qrFor, setQrFor] = useState<Link | null>(null);
  const [deleting, setDeleting] = useState<Link | null>(null);
  const [busy, setBusy] = useState(false);
  const writable = can(role, 'write:links');

  // Typing updates the URL (and so the query) after a short pause, replacing the history entry.
  useEffect(() => {
    const t = setTimeout(() => {
      if (qInput.trim() !== q || tagInput.trim() !== tag) {
        navigate(href('/links', { q: qInput.trim() || undefined, tag: tagInput.trim() || undefined }), { replace: true });
      }
    }, 250);
    return () => clearTimeout(t);
  }, [qInput, tagInput, q, tag]);
  // Back/forward: the URL changed under the inputs.
  useEffect(() => {
    setQInput(q);
    setTagInput(tag);
  }, [q, tag]);

  const first = useAsync(() => api.get<Page<Link>>('/links', { q, tag, limit: PAGE_SIZE }), [q, tag]);
  useEffect(() => {
    setMore([]);
    setCursor(first.data?.nextCursor ?? null);
  }, [first.data]);

  const rows = useMemo(() => [...(first.data?.data ?? []), ...more].filter((l) => !removed.has(l.id)), [first.data, more, removed]);
  const knownTags = useMemo(() => [...new Set(rows.flatMap((l) => l.tags))].sort(), [rows]);

  async function loadMore() {
    if (!cursor) return;
    setLoadingMore(true);
    try {
      const page = await api.get<Page<Link>>('/links', { q, tag, limit: PAGE_SIZE, cursor });
      setMore((m) => [...m, ...page.data]);
      setCursor(page.nextCursor);
    } catch (error) {
      toast.error(messageOf(error));
    } finally {
      setLoadingMore(false);
    }
  }

  async function confirmDelete() {
    if (!deleting) return;
    setBusy(true);
    try {
      await api.del(`/links/${encodeURIComponent(deleting.id)}`);
      setRemoved((s) => new Set(s).add(deleting.id));
      toast.ok(`Deleted /${deleting.slug}.`);
      setDeleting(null);
    } catch (error) {
      toast.error(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  const filtered = Boolean(q || tag);
  return (
    <>
      <PageHead
        title="Links"
        actions={
          writable && (
            <>
              <a class="btn" href="#/links/bulk">
                Bulk create
              </a>
              <a class="btn btn-primary" href="#/links/new">
                New link
              </a>
            </>
          )
        }
      />
      <form class="toolbar" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field id="links-q" label="Search">
          {(a) => <input {...a} type="search" placeholder="Slug, URL, title or tag" {...bindText(qInput, setQInput)} />}
        </Field>
        <Field id="links-tag" label="Tag" class="narrow">
          {(a) => (
            <>
              <input {...a} list="known-tags" placeholder="Any tag" {...bindText(tagInput, setTagInput)} />
              <datalist id="known-tags">
                {knownTags.map((t) => (
                  <option key={t} value={t} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        {filtered && (
          <button type="button" class="btn" onClick={() => navigate('#/links')}>
            Clear
          </button>
        )}
      </form>

      {first.status === 'error' && <ErrorNote error={first.error} onRetry={first.reload} />}
      {!first.data && first.status === 'loading' && <Loading lines={6} label="Loading links" />}
      {first.data && rows.length === 0 && (
        <div class="card">
          {filtered ? (
            <Empty title="No links match" action={<a class="btn" href="#/links">Clear filters</a>}>
              Nothing matches {q && <strong>“{q}”</strong>} {tag && <>with tag <strong>{tag}</strong></>}.
            </Empty>
          ) : (
            <Empty
              title="No links yet"
              action={writable && <a class="btn btn-primary" href="#/links/new">Create your first link</a>}
            >
              Shorten a URL, attach your ad pixels, and share it anywhere.
            </Empty>
          )}
        </div>
      )}
      {rows.length > 0 && (
        <div class={first.status === 'loading' ? 'busy' : undefined} aria-busy={first.status === 'loading'}>
          <LinksTable
            rows={rows}
            caption={`Links${filtered ? ' matching the filter' : ''}, newest first`}
            writable={writable}
            onTag={setTagInput}
            onQr={setQrFor}
            onDelete={setDeleting}
          />
          <div class="row" style={{ marginTop: '0.9rem', justifyContent: 'center' }}>
            {cursor ? (
              <button type="button" class="btn" onClick={loadMore} disabled={loadingMore}>
                {loadingMore ? 'Loading…' : 'Load more'}
              </button>
            ) : (
              <span class="muted small">{rows.length === 1 ? '1 link' : `${formatNumber(rows.length)} links`}</span>
            )}
          </div>
        </div>
      )}
      <QrDialog open={qrFor !== null} url={qrFor?.shortUrl ?? ''} name={qrFor?.slug ?? ''} onClose={() => setQrFor(null)} />
      <DeleteLinkDialog shortUrl={deleting?.shortUrl ?? null} busy={busy} onConfirm={confirmDelete} onCancel={() => setDeleting(null)} />
    </>
  );
}
