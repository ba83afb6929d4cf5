/**
 * Bulk edit of the selected links (`PATCH /links/bulk`): add or remove a tag, attach or detach a
 * pixel, move to a folder, set or clear the expiry. Each link succeeds or fails on its own; the
 * result names the ones that failed, in the API's words.
 */
import { useState } from 'preact/hooks';
import { CATALOG } from '../../../src/core/pixels/catalog.js';
import { messageOf } from '../lib/api.js';
import { localInputToIso } from '../lib/format.js';
import { useSession } from '../lib/session.js';
import type { Folder, Pixel } from '../lib/types.js';
import { Dialog } from './dialog.js';
import { Field, bindSelect, bindText } from './field.js';

type Action = 'addTag' | 'removeTag' | 'addPixel' | 'removePixel' | 'folder' | 'expiry';

const ACTIONS: Array<{ value: Action; label: string }> = [
  { value: 'addTag', label: 'Add a tag' },
  { value: 'removeTag', label: 'Remove a tag' },
  { value: 'addPixel', label: 'Attach a pixel' },
  { value: 'removePixel', label: 'Detach a pixel' },
  { value: 'folder', label: 'Move to a folder' },
  { value: 'expiry', label: 'Set the expiry' },
];

interface BulkResult {
  updated: number;
  failed: number;
  results: Array<{ id: string; ok: boolean; error?: { code: string; message: string } }>;
}

export function BulkEditDialog({ ids, pixels, folders, onClose, onDone }: { ids: string[]; pixels: Pixel[]; folders: Folder[]; onClose(): void; onDone(result: BulkResult): void }) {
  const { api } = useSession();
  const [action, setAction] = useState<Action>('addTag');
  const [tag, setTag] = useState('');
  const [pixelId, setPixelId] = useState(pixels[0]?.id ?? '');
  const [folderId, setFolderId] = useState('');
  const [expiry, setExpiry] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function update(): Record<string, unknown> | string {
    switch (action) {
      case 'addTag':
      case 'removeTag':
        return tag.trim() ? { [action === 'addTag' ? 'addTags' : 'removeTags']: [tag.trim()] } : 'Type the tag.';
      case 'addPixel':
      case 'removePixel':
        return pixelId ? { [action === 'addPixel' ? 'addPixelIds' : 'removePixelIds']: [pixelId] } : 'Add a pixel first (Pixels screen).';
      case 'folder':
        return { folderId: folderId || null };
      case 'expiry':
        return { expiresAt: expiry ? localInputToIso(expiry) : null };
    }
  }

  async function submit() {
    const body = update();
    if (typeof body === 'string') return setProblem(body);
    setBusy(true);
    setProblem(null);
    try {
      onDone(await api.patch<BulkResult>('/links/bulk', { ids, update: body }));
    } catch (error) {
      setProblem(messageOf(error));
      setBusy(false);
    }
  }

  return (
    <Dialog
      open
      title={`Edit ${ids.length === 1 ? '1 link' : `${ids.length} links`}`}
      onClose={onClose}
      onSubmit={submit}
      actions={
        <>
          <button type="button" class="btn" onClick={onClose}>Cancel</button>
          <button type="submit" class="btn btn-primary" disabled={busy}>{busy ? 'Applying…' : 'Apply'}</button>
        </>
      }
    >
      <div class="form-grid">
        <Field id="bulk-action" label="Change">
          {(a) => (
            <select {...a} {...bindSelect(action, (v) => setAction(v as Action))}>
              {ACTIONS.map((x) => (
                <option key={x.value} value={x.value}>{x.label}</option>
              ))}
            </select>
          )}
        </Field>
        {(action === 'addTag' || action === 'removeTag') && (
          <Field id="bulk-tag" label="Tag" error={problem ?? undefined} alert>
            {(a) => <input {...a} autoComplete="off" maxLength={50} {...bindText(tag, setTag)} />}
          </Field>
        )}
        {(action === 'addPixel' || action === 'removePixel') && (
          <Field id="bulk-pixel" label="Pixel" error={problem ?? undefined} alert>
            {(a) => (
              <select {...a} {...bindSelect(pixelId, setPixelId)}>
                {pixels.map((p) => (
                  <option key={p.id} value={p.id}>{`${p.name || p.tagId} (${CATALOG[p.platform]?.label ?? p.platform})`}</option>
                ))}
              </select>
            )}
          </Field>
        )}
        {action === 'folder' && (
          <Field id="bulk-folder" label="Folder" error={problem ?? undefined} alert>
            {(a) => (
              <select {...a} {...bindSelect(folderId, setFolderId)}>
                <option value="">No folder</option>
                {folders.map((f) => (
                  <option key={f.id} value={f.id}>{f.name}</option>
                ))}
              </select>
            )}
          </Field>
        )}
        {action === 'expiry' && (
          <Field id="bulk-expiry" label="Expires" hint="Empty: never. The links stop redirecting to their destination then." error={problem ?? undefined} alert>
            {(a) => <input {...a} type="datetime-local" {...bindText(expiry, setExpiry)} />}
          </Field>
        )}
      </div>
    </Dialog>
  );
}
