/**
 * Saved views of a screen (`links` or `analytics`): pick one to apply its filter, save the filter
 * on screen under a name, delete the one picked. Shared by everyone in the workspace.
 */
import { useState } from 'preact/hooks';
import { messageOf } from '../lib/api.js';
import { can } from '../lib/role.js';
import { useSession } from '../lib/session.js';
import type { List, SavedView } from '../lib/types.js';
import { useAsync } from '../lib/use-async.js';
import { Dialog } from './dialog.js';
import { Field, bindText } from './field.js';
import { useToast } from './toast.js';

export function SavedViews({ screen, query, onApply }: { screen: SavedView['screen']; query: string; onApply(query: string): void }) {
  const { api, role } = useSession();
  const toast = useToast();
  const views = useAsync(() => api.get<List<SavedView>>('/views', { screen }), [screen]);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const list = views.data?.data ?? [];
  const current = list.find((v) => v.query === query);
  const writable = can(role, 'write:links');

  async function save() {
    if (!name.trim()) return;
    try {
      await api.post('/views', { name: name.trim(), screen, query });
      toast.ok(`Saved the view “${name.trim()}”.`);
      setNaming(false);
      setName('');
      views.reload();
    } catch (error) {
      toast.error(messageOf(error));
    }
  }

  async function remove(view: SavedView) {
    try {
      await api.del(`/views/${encodeURIComponent(view.id)}`);
      toast.ok(`Deleted the view “${view.name}”.`);
      views.reload();
    } catch (error) {
      toast.error(messageOf(error));
    }
  }

  return (
    <div class="views row">
      <label class="sr-only" for={`views-${screen}`}>Saved views</label>
      <select
        id={`views-${screen}`}
        value={current?.id ?? ''}
        onChange={(e) => {
          const view = list.find((v) => v.id === (e.currentTarget as HTMLSelectElement).value);
          onApply(view ? view.query : '');
        }}
      >
        <option value="">{list.length ? 'Saved views…' : 'No saved views'}</option>
        {list.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </select>
      {writable && current && (
        <button type="button" class="btn btn-sm btn-ghost" onClick={() => remove(current)} aria-label={`Delete view ${current.name}`}>
          Delete view
        </button>
      )}
      {writable && query && !current && (
        <button type="button" class="btn btn-sm" onClick={() => setNaming(true)}>
          Save view
        </button>
      )}
      <Dialog
        open={naming}
        title="Save this view"
        onClose={() => setNaming(false)}
        onSubmit={save}
        actions={
          <>
            <button type="button" class="btn" onClick={() => setNaming(false)}>Cancel</button>
            <button type="submit" class="btn btn-primary" disabled={!name.trim()}>Save view</button>
          </>
        }
      >
        <Field id={`view-name-${screen}`} label="Name" hint="Everyone in the workspace sees saved views.">
          {(a) => <input {...a} maxLength={100} autoComplete="off" {...bindText(name, setName)} />}
        </Field>
      </Dialog>
    </div>
  );
}
