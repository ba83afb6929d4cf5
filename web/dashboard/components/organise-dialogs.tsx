/** Managing folders (create, rename, delete) and tag colours, from the links screen. */
import { useState } from 'preact/hooks';
import { TAG_COLORS } from '../../../src/core/organisation.js';
import { messageOf } from '../lib/api.js';
import { useSession } from '../lib/session.js';
import type { Folder, Tag, TagColor } from '../lib/types.js';
import { Dialog } from './dialog.js';
import { Field, bindText } from './field.js';
import { useToast } from './toast.js';

export function FoldersDialog({ folders, onClose, onChanged }: { folders: Folder[]; onClose(): void; onChanged(): void }) {
  const { api } = useSession();
  const toast = useToast();
  const [name, setName] = useState('');
  const [names, setNames] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>, ok: string) => {
    setError(null);
    try {
      await work();
      toast.ok(ok);
      onChanged();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <Dialog open title="Folders" onClose={onClose} actions={<button type="button" class="btn" onClick={onClose}>Done</button>}>
      <p class="hint">Folders group links by campaign, client or channel; a link is in at most one. Deleting a folder keeps its links.</p>
      <form
        class="row"
        style={{ alignItems: 'flex-end', margin: '0.75rem 0' }}
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void run(() => api.post('/folders', { name: name.trim() }), `Created the folder ${name.trim()}.`).then(() => setName(''));
        }}
      >
        <Field id="folder-new" label="New folder" class="grow" error={error ?? undefined} alert>
          {(a) => <input {...a} maxLength={100} autoComplete="off" {...bindText(name, setName)} />}
        </Field>
        <button type="submit" class="btn" disabled={!name.trim()}>Create folder</button>
      </form>
      <ul class="org-list">
        {folders.map((f) => (
          <li key={f.id}>
            <label class="sr-only" for={`folder-${f.id}`}>{`Name of the folder ${f.name}`}</label>
            <input id={`folder-${f.id}`} class="grow" maxLength={100} value={names[f.id] ?? f.name} onInput={(e) => setNames({ ...names, [f.id]: (e.currentTarget as HTMLInputElement).value })} />
            <span class="muted small">{f.links === 1 ? '1 link' : `${f.links} links`}</span>
            <button type="button" class="btn btn-sm" disabled={!names[f.id] || names[f.id] === f.name} onClick={() => run(() => api.patch(`/folders/${encodeURIComponent(f.id)}`, { name: names[f.id] }), 'Folder renamed.')}>
              Rename
            </button>
            <button type="button" class="btn btn-sm btn-danger" aria-label={`Delete the folder ${f.name}`} onClick={() => run(() => api.del(`/folders/${encodeURIComponent(f.id)}`), `Deleted the folder ${f.name}; its links stay.`)}>
              Delete
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

export function TagColorsDialog({ tags, onClose, onChanged }: { tags: Tag[]; onClose(): void; onChanged(): void }) {
  const { api } = useSession();
  const toast = useToast();
  async function setColor(tag: Tag, color: TagColor | null) {
    try {
      await api.put(`/tags/${encodeURIComponent(tag.name)}`, { color });
      onChanged();
    } catch (e) {
      toast.error(messageOf(e));
    }
  }
  return (
    <Dialog open title="Tag colours" onClose={onClose} actions={<button type="button" class="btn" onClick={onClose}>Done</button>}>
      {tags.length === 0 ? (
        <p class="muted">No tags yet: add tags to links in their form, or to many at once with bulk edit.</p>
      ) : (
        <ul class="org-list">
          {tags.map((t) => (
            <li key={t.name}>
              <span class="grow">
                <span class="tag" data-color={t.color ?? 'gray'}>{t.name}</span> <span class="muted small">{t.links === 1 ? '1 link' : `${t.links} links`}</span>
              </span>
              <label class="sr-only" for={`tag-color-${t.name}`}>{`Colour of the tag ${t.name}`}</label>
              <select id={`tag-color-${t.name}`} value={t.color ?? ''} onChange={(e) => setColor(t, ((e.currentTarget as HTMLSelectElement).value || null) as TagColor | null)}>
                <option value="">Default</option>
                {TAG_COLORS.filter((c) => c !== 'gray').map((c) => (
                  <option key={c} value={c}>{c[0]!.toUpperCase() + c.slice(1)}</option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
