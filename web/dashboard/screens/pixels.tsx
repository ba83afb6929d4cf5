/**
 * The pixel library: one card per pixel with its yield over 30 days and its audience's readiness
 * (confirmed hits against the platform's minimum), add, edit, delete, default flag, and a link to
 * each pixel's audience.
 */
import { useState } from 'preact/hooks';
import { ConfirmDialog } from '../components/dialog.js';
import { PageHead } from '../components/page-head.js';
import { Empty, ErrorNote, Loading } from '../components/states.js';
import { useToast } from '../components/toast.js';
import { messageOf } from '../lib/api.js';
import { formatDate, formatNumber, formatPercent } from '../lib/format.js';
import { Progress } from '../components/progress.js';
import { GLOSSARY } from '../../../src/core/glossary.js';
import { loadAll } from '../lib/load-all.js';
import { can } from '../lib/role.js';
import { useSession } from '../lib/session.js';
import type { Audience, Pixel, Stats } from '../lib/types.js';
import { useAsync } from '../lib/use-async.js';
import { CATALOG } from '../../../src/core/pixels/catalog.js';
import { PixelDialog } from './pixel-dialog.js';

export function PixelsScreen() {
  const { api, role } = useSession();
  const toast = useToast();
  const pixels = useAsync(() => loadAll<Pixel>(api, '/pixels'), []);
  const stats = useAsync(() => api.get<Stats>('/stats', { range: '30d', top: 1 }), []);
  const ids = (pixels.data ?? []).map((p) => p.id).join(',');
  const audiences = useAsync(
    async () => new Map(await Promise.all((pixels.data ?? []).map(async (p) => [p.id, await api.get<Audience>(`/pixels/${encodeURIComponent(p.id)}/audience`)] as const))),
    [ids],
  );
  const yields = new Map((stats.data?.pixels ?? []).map((y) => [y.pixelId, y]));
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
        <div class="grid pixel-grid" data-testid="pixels-table">
          {list.map((p) => {
            const y = yields.get(p.id);
            const a = audiences.data?.get(p.id);
            const label = CATALOG[p.platform]?.label ?? p.platform;
            return (
              <section class="card pixel-card" key={p.id} data-testid="pixel-row" aria-labelledby={`px-${p.id}`}>
                <div class="row">
                  <h2 id={`px-${p.id}`} class="pixel-name">{p.name || p.tagId}</h2>
                  {p.isDefault && <span class="badge">Default</span>}
                </div>
                <p class="muted small" style={{ margin: '0.2rem 0 0.6rem' }}>
                  {label} · <span class="mono">{p.tagId}</span> · added {formatDate(p.createdAt)}
                </p>
                {p.warnings.map((w) => (
                  <p class="warn-text" key={w} style={{ marginBottom: '0.5rem' }}>
                    {w}
                  </p>
                ))}
                <dl class="facts pixel-facts">
                  <div>
                    <dt title={GLOSSARY.yield.definition}>{GLOSSARY.yield.label}, 30 days</dt>
                    <dd data-testid="pixel-yield">{y && y.fires ? `${formatPercent(y.yield)} (${formatNumber(y.confirmed)} of ${formatNumber(y.fires)})` : 'Not fired yet'}</dd>
                  </div>
                  <div>
                    <dt title={GLOSSARY.audience.definition}>{GLOSSARY.audience.label}</dt>
                    <dd data-testid="pixel-audience">
                      {a ? (
                        a.readiness.minimum === null ? (
                          `${formatNumber(a.readiness.visitors)} in ${a.readiness.lookbackDays} days`
                        ) : (
                          <>
                            {formatNumber(a.readiness.visitors)} of {formatNumber(a.readiness.minimum)} needed{a.readiness.ready ? ' · ready' : ''}
                            <Progress value={a.readiness.visitors} max={a.readiness.minimum} label={`${label} audience readiness for ${p.name || p.tagId}`} valueText={`${formatNumber(a.readiness.visitors)} of ${formatNumber(a.readiness.minimum)} visitors`} />
                          </>
                        )
                      ) : (
                        '…'
                      )}
                    </dd>
                  </div>
                </dl>
                <div class="row" style={{ marginTop: '0.75rem' }}>
                  <a class="btn btn-sm" href={`#/pixels/${encodeURIComponent(p.id)}/audience`} aria-label={`Audience of ${p.name || p.tagId}`}>
                    Audience
                  </a>
                  <a class="btn btn-sm" href={`#/pixels/${encodeURIComponent(p.id)}/server`} aria-label={`Server events of ${p.name || p.tagId}`}>
                    Server events
                  </a>
                  {writable && (
                    <>
                      <button type="button" class="btn btn-sm" onClick={() => setEditing(p)} aria-label={`Edit ${p.name || p.tagId}`}>
                        Edit
                      </button>
                      <button type="button" class="btn btn-sm btn-danger" onClick={() => setDeleting(p)} aria-label={`Delete ${p.name || p.tagId}`}>
                        Delete
                      </button>
                    </>
                  )}
                </div>
              </section>
            );
          })}
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
