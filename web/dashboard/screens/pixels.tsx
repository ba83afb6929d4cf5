/** The pixel library: list, add, edit, delete, default flag, link to each pixel's audience. */
import { useState } from 'preact/hooks';
import { ConfirmDialog } from '../components/dialog.js';
import { PageHead } from '../components/page-head.js';
import { Empty, ErrorNote, Loading } from '../components/states.js';
import { useToast } from '../components/toast.js';
import { messageOf } from '../lib/api.js';
import { formatDate } from '../lib/format.js';
import { loadAll } from '../lib/load-all.js';
import { can } from '../lib/role.js';
import { useSession } from '../lib/session.js';
import type { Pixel } from '../lib/types.js';
import { useAsync } from '../lib/use-async.js';
import { CATALOG } from '../../../src/core/pixels/catalog.js';
import { PixelDialog } from './pixel-dialog.js';

export function PixelsScreen() {
  const { api, role } = useSession();
  const toast = useToast();
  const pixels = useAsync(() => loadAll<Pixel>(api, '/pixels'), []);
  const [editing, setEditing] = useState<Pixel | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Pixel | null>(null);
  const [busy, setBusy] = useState(false);
  const writable = can(role, 'write:pixels');

  async function remove() {
    if (!deleting) return;
    setBusy(true);
    try {
      await api.del(`/pixels/${encodeURIComponent(deleting.id)}`);
      toast.ok(`Deleted ${deleting.name || deleting.tagId}.`);
      setDeleting(null);
      pixels.reload();
    } catch (error) {
      toast.error(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  const list = pixels.data ?? [];
  return (
    <>
      <PageHead
        title="Pixels"
        sub="Add each ad platform’s pixel once, then attach it to links. Default pixels are attached to new links automatically."
        actions={
          writable && (
            <button type="button" class="btn btn-primary" onClick={() => setEditing('new')}>
              Add pixel
            </button>
          )
        }
      />
      {pixels.status === 'error' && <ErrorNote error={pixels.error} onRetry={pixels.reload} />}
      {!pixels.data && pixels.status === 'loading' && <Loading lines={5} label="Loading pixels" />}
      {pixels.data && list.length === 0 && (
        <div class="card">
          <Empty
            title="No pixels yet"
            action={writable && <button type="button" class="btn btn-primary" onClick={() => setEditing('new')}>Add your first pixel</button>}
          >
            Meta, Google Ads, GA4, LinkedIn, TikTok, X, Pinterest, Snapchat, Reddit, Microsoft and Quora are supported.
          </Empty>
        </div>
      )}
      {list.length > 0 && (
        <div class="table-wrap">
          <table data-testid="pixels-table">
            <caption class="sr-only">Pixels</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col" class="col-optional">Platform</th>
                <th scope="col" class="col-optional">Pixel ID</th>
                <th scope="col" class="col-optional">Added</th>
                <th scope="col">
                  <span class="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((p) => (
                <tr key={p.id} data-testid="pixel-row">
                  <td>
                    <strong>{p.name || p.tagId}</strong> {p.isDefault && <span class="badge">Default</span>}
                    <span class="show-narrow muted small">
                      {CATALOG[p.platform]?.label ?? p.platform} · <span class="mono">{p.tagId}</span>
                    </span>
                    {p.warnings.map((w) => (
                      <p class="warn-text" key={w} style={{ marginTop: '0.3rem' }}>
                        {w}
                      </p>
                    ))}
                  </td>
                  <td class="col-optional">{CATALOG[p.platform]?.label ?? p.platform}</td>
                  <td class="col-optional mono">{p.tagId}</td>
                  <td class="col-optional nowrap">{formatDate(p.createdAt)}</td>
                  <td class="nowrap">
                    <a class="btn btn-ghost btn-sm" href={`#/pixels/${encodeURIComponent(p.id)}/audience`} aria-label={`Audience of ${p.name || p.tagId}`}>
                      Audience
                    </a>
                    <a class="btn btn-ghost btn-sm" href={`#/pixels/${encodeURIComponent(p.id)}/server`} aria-label={`Server-side events of ${p.name || p.tagId}`}>
                      Server events
                    </a>
                    {writable && (
                      <>
                        <button type="button" class="btn btn-ghost btn-sm" onClick={() => setEditing(p)} aria-label={`Edit ${p.name || p.tagId}`}>
                          Edit
                        </button>
                        <button type="button" class="btn btn-ghost btn-sm btn-danger" onClick={() => setDeleting(p)} aria-label={`Delete ${p.name || p.tagId}`}>
                          Delete
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing !== null && (
        <PixelDialog
          pixel={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            pixels.reload();
            if (saved.warnings.length) toast.error(`Saved, but check the ID: ${saved.warnings.join(' ')}`);
            else toast.ok(`Saved ${saved.name || saved.tagId}.`);
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this pixel?"
        message={<p>{deleting && <strong>{deleting.name || deleting.tagId}</strong>} will be detached from every link that uses it. Links keep working.</p>}
        confirmLabel="Delete pixel"
        danger
        busy={busy}
        onConfirm={remove}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}
