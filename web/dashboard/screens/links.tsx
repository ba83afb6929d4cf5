/**
 * The links screen: search (slug, title, destination, tag), tag and folder filters, saved views,
 * cursor pagination ("Load more"), selection with bulk edit and bulk delete, copy / QR / edit /
 * delete per row, 14-day sparklines. Filters live in the URL hash so reload and the back button
 * keep them.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { BulkEditDialog } from '../components/bulk-edit-dialog.js';
import { ConfirmDialog } from '../components/dialog.js';
import { DeleteLinkDialog } from '../components/delete-link-dialog.js';
import { Field, bindSelect, bindText } from '../components/field.js';
import { FoldersDialog, TagColorsDialog } from '../components/organise-dialogs.js';
import { PageHead } from '../components/page-head.js';
import { QrDialog } from '../components/qr-dialog.js';
import { SavedViews } from '../components/saved-views.js';
import { Empty, ErrorNote, Loading } from '../components/states.js';
import { useToast } from '../components/toast.js';
import { messageOf } from '../lib/api.js';
import { formatNumber } from '../lib/format.js';
import { loadAll } from '../lib/load-all.js';
import { can } from '../lib/role.js';
import { href, navigate } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import type { Folder, Link, List, Page, Pixel, Sparklines, Tag, TagColor } from '../lib/types.js';
import { useAsync } from '../lib/use-async.js';
import { LinksTable } from './links-table.js';

const PAGE_SIZE = 50;
const SPARK_DAYS = 14;
const ANY = '*';

export function LinksScreen({ query }: { query: URLSearchParams }) {
  const { api, role } = useSession();
  const toast = useToast();
  const q = query.get('q') ?? '';
  const tag = query.get('tag') ?? '';
  const folder = query.get('folderId');
  const [qInput, setQInput] = useState(q);
  const [tagInput, setTagInput] = useState(tag);
  const [more, setMore] = useState<Link[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [removed, setRemoved] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [qrFor, setQrFor] = useState<Link | null>(null);
  const [deleting, setDeleting] = useState<Link | null>(null);
  const [dialog, setDialog] = useState<'bulk' | 'bulk-delete' | 'folders' | 'tags' | null>(null);
  const [busy, setBusy] = useState(false);
  const writable = can(role, 'write:links');

  const go = (next: { q?: string; tag?: string; folderId?: string | null }, replace = false) => {
    const params: Record<string, string | undefined> = { q: next.q ?? q, tag: next.tag ?? tag };
    const target = href('/links', { q: params.q || undefined, tag: params.tag || undefined });
    const f = next.folderId === undefined ? folder : next.folderId;
    navigate(f === null ? target : `${target}${target.includes('?') ? '&' : '?'}folderId=${encodeURIComponent(f)}`, { replace });
  };

  // Typing updates the URL (and so the query) after a short pause, replacing the history entry.
  useEffect(() => {
    const t = setTimeout(() => {
      if (qInput.trim() !== q || tagInput.trim() !== tag) go({ q: qInput.trim(), tag: tagInput.trim() }, true);
    }, 250);
    return () => clearTimeout(t);
  }, [qInput, tagInput, q, tag, folder]);
  // Back/forward: the URL changed under the inputs.
  useEffect(() => {
    setQInput(q);
    setTagInput(tag);
  }, [q, tag]);

  const first = useAsync(() => api.get<Page<Link>>('/links', { q, tag, folderId: folder, limit: PAGE_SIZE }), [q, tag, folder]);
  const tags = useAsync(() => loadAll<Tag>(api, '/tags'), []);
  const folders = useAsync(() => api.get<List<Folder>>('/folders'), []);
  const pixels = useAsync(() => (writable ? loadAll<Pixel>(api, '/pixels') : Promise.resolve([])), [writable]);
  useEffect(() => {
    setMore([]);
    setSelected(new Set());
    setCursor(first.data?.nextCursor ?? null);
  }, [first.data]);

  const rows = useMemo(() => [...(first.data?.data ?? []), ...more].filter((l) => !removed.has(l.id)), [first.data, more, removed]);
  const ids = rows.map((l) => l.id).join(',');
  const sparks = useAsync(
    async () => {
      const out = new Map<string, number[]>();
      for (let i = 0; i < rows.length; i += 100) {
        const chunk = rows.slice(i, i + 100).map((l) => l.id);
        const res = await api.get<Sparklines>('/stats/links', { ids: chunk.join(','), days: SPARK_DAYS });
        for (const s of res.data) out.set(s.linkId, s.humanClicks);
      }
      return out;
    },
    [ids],
  );
  const tagColors = useMemo(() => new Map((tags.data ?? []).filter((t) => t.color).map((t) => [t.name, t.color as TagColor])), [tags.data]);
  const folderList = folders.data?.data ?? [];
  const folderNames = useMemo(() => new Map(folderList.map((f) => [f.id, f.name])), [folderList]);

  async function loadMore() {
    if (!cursor) return;
    setLoadingMore(true);
    try {
      const page = await api.get<Page<Link>>('/links', { q, tag, folderId: folder, limit: PAGE_SIZE, cursor });
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

  async function deleteSelected() {
    setBusy(true);
    const chosen = [...selected];
    let failed = 0;
    try {
      for (let i = 0; i < chosen.length; i += 100) {
        const result = await deleteBulk(chosen.slice(i, i + 100));
        failed += result.failed;
      }
      toast[failed ? 'error' : 'ok'](failed ? `Deleted ${chosen.length - failed} links; ${failed} could not be deleted.` : `Deleted ${chosen.length === 1 ? '1 link' : `${chosen.length} links`}.`);
      setSelected(new Set());
      setDialog(null);
      first.reload();
    } catch (error) {
      toast.error(messageOf(error));
    } finally {
      setBusy(false);
    }
  }
  const deleteBulk = (chunk: string[]) => api.delJson<{ deleted: number; failed: number }>(`/links/bulk?ids=${chunk.map(encodeURIComponent).join(',')}`);

  const select = (list: string[], on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      for (const id of list) on ? next.add(id) : next.delete(id);
      return next;
    });

  const filtered = Boolean(q || tag || folder !== null);
  const viewQuery = new URLSearchParams([...(q ? [['q', q]] : []), ...(tag ? [['tag', tag]] : []), ...(folder !== null ? [['folderId', folder]] : [])]).toString();
  return (
    <>
      <PageHead
        title="Links"
        actions={
          writable && (
            <>
              <button type="button" class="btn" onClick={() => setDialog('folders')}>
                Folders
              </button>
              <button type="button" class="btn" onClick={() => setDialog('tags')}>
                Tag colours
              </button>
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
          {(a) => <input {...a} type="search" placeholder="Slug, title, destination or tag" {...bindText(qInput, setQInput)} />}
        </Field>
        <Field id="links-tag" label="Tag" class="narrow">
          {(a) => (
            <>
              <input {...a} list="known-tags" placeholder="Any tag" {...bindText(tagInput, setTagInput)} />
              <datalist id="known-tags">
                {(tags.data ?? []).map((t) => (
                  <option key={t.name} value={t.name} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field id="links-folder" label="Folder" class="narrow">
          {(a) => (
            <select {...a} {...bindSelect(folder ?? ANY, (v) => go({ folderId: v === ANY ? null : v }))}>
              <option value={ANY}>Any folder</option>
              <option value="">No folder</option>
              {folderList.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {filtered && (
          <button type="button" class="btn" onClick={() => navigate('#/links')}>
            Clear
          </button>
        )}
        <span class="spacer" />
        <SavedViews screen="links" query={viewQuery} onApply={(v) => navigate(`#/links${v ? `?${v}` : ''}`)} />
      </form>

      {writable && selected.size > 0 && (
        <div class="bulk-bar" role="region" aria-label="Selected links">
          <strong>{selected.size === 1 ? '1 link selected' : `${formatNumber(selected.size)} links selected`}</strong>
          <button type="button" class="btn btn-sm btn-primary" onClick={() => setDialog('bulk')}>
            Edit selected
          </button>
          <button type="button" class="btn btn-sm btn-danger" onClick={() => setDialog('bulk-delete')}>
            Delete selected
          </button>
          <button type="button" class="btn btn-sm btn-ghost" onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        </div>
      )}

      {first.status === 'error' && <ErrorNote error={first.error} onRetry={first.reload} />}
      {!first.data && first.status === 'loading' && <Loading lines={6} label="Loading links" />}
      {first.data && rows.length === 0 && (
        <div class="card">
          {filtered ? (
            <Empty title="No links match" action={<a class="btn" href="#/links">Clear filters</a>}>
              Nothing matches {q && <strong>“{q}”</strong>} {tag && <>with tag <strong>{tag}</strong></>}
              {folder !== null && <> in {folder ? <strong>{folderNames.get(folder) ?? 'this folder'}</strong> : 'no folder'}</>}.
            </Empty>
          ) : (
            <Empty title="No links yet" action={writable && <a class="btn btn-primary" href="#/links/new">Create your first link</a>}>
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
            tagColors={tagColors}
            folderNames={folderNames}
            sparks={sparks.data ?? new Map()}
            selected={selected}
            onSelect={select}
            onTag={(t) => setTagInput(t)}
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
      {dialog === 'bulk' && (
        <BulkEditDialog
          ids={[...selected]}
          pixels={pixels.data ?? []}
          folders={folderList}
          onClose={() => setDialog(null)}
          onDone={(result) => {
            setDialog(null);
            const failures = result.results.filter((r) => !r.ok);
            if (failures.length) toast.error(`Changed ${result.updated}; ${failures.length} failed: ${failures[0]!.error?.message ?? ''}`);
            else toast.ok(`Changed ${result.updated === 1 ? '1 link' : `${result.updated} links`}.`);
            first.reload();
            tags.reload();
            folders.reload();
          }}
        />
      )}
      <ConfirmDialog
        open={dialog === 'bulk-delete'}
        title={`Delete ${selected.size === 1 ? '1 link' : `${selected.size} links`}?`}
        message={<p>Their short URLs stop working at once. Their clicks stay in the workspace’s analytics.</p>}
        confirmLabel="Delete links"
        danger
        busy={busy}
        onConfirm={deleteSelected}
        onCancel={() => setDialog(null)}
      />
      {dialog === 'folders' && <FoldersDialog folders={folderList} onClose={() => setDialog(null)} onChanged={() => { folders.reload(); first.reload(); }} />}
      {dialog === 'tags' && <TagColorsDialog tags={tags.data ?? []} onClose={() => setDialog(null)} onChanged={tags.reload} />}
    </>
  );
}
