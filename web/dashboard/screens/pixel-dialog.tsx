/**
 * Add or edit a pixel. The platform picker shows what that platform's IDs look like, and the ID is
 * checked as you type with the server's own loose rules (a warning, never a block).
 */
import { useState } from 'preact/hooks';
import { Dialog } from '../components/dialog.js';
import { Check, Field, bindSelect, bindText } from '../components/field.js';
import { ApiError, messageOf } from '../lib/api.js';
import { fieldErrorsOf, type FieldErrors } from '../lib/field-errors.js';
import { useSession } from '../lib/session.js';
import type { Pixel, Platform } from '../lib/types.js';
import { CATALOG, isObviousJunk, validateTagId } from '../../../src/core/pixels/catalog.js';
import { PLATFORMS } from '../../../src/core/pixels/platform.js';

export function PixelDialog({ pixel, onClose, onSaved }: { pixel: Pixel | null; onClose(): void; onSaved(p: Pixel): void }) {
  const { api } = useSession();
  const [platform, setPlatform] = useState<Platform>(pixel?.platform ?? 'meta');
  const [tagId, setTagId] = useState(pixel?.tagId ?? '');
  const [name, setName] = useState(pixel?.name ?? '');
  const [isDefault, setIsDefault] = useState(pixel?.isDefault ?? false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const spec = CATALOG[platform];
  const trimmed = tagId.trim();
  const shapeWarning = trimmed && !isObviousJunk(trimmed) ? validateTagId(platform, trimmed) : null;
  // The shape warning repeats the hint's example, so it replaces the hint while it shows.
  const warning = shapeWarning && !shapeWarning.ok ? `${shapeWarning.warning} You can still save it.` : undefined;

  async function save() {
    if (!trimmed) {
      setErrors({ tagId: `Enter the ${spec.label} pixel ID.` });
      return;
    }
    setSaving(true);
    setErrors({});
    setFormError(null);
    const body = { platform, tagId: trimmed, name: name.trim(), isDefault };
    try {
      const saved = pixel ? await api.patch<Pixel>(`/pixels/${encodeURIComponent(pixel.id)}`, body) : await api.post<Pixel>('/pixels', body);
      onSaved(saved);
    } catch (error) {
      const fields = error instanceof ApiError ? fieldErrorsOf(error) : {};
      setErrors(fields);
      if (!Object.keys(fields).length) setFormError(messageOf(error));
      setSaving(false);
    }
  }

  return (
    <Dialog
      open
      title={pixel ? 'Edit pixel' : 'Add a pixel'}
      onClose={onClose}
      onSubmit={save}
      actions={
        <>
          <button type="button" class="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary" disabled={saving}>
            {saving ? 'Saving…' : pixel ? 'Save pixel' : 'Add pixel'}
          </button>
        </>
      }
    >
      <div class="form-grid">
        {formError && (
          <p class="notice error" role="alert">
            {formError}
          </p>
        )}
        <Field id="px-platform" label="Platform" error={errors.platform}>
          {(a) => (
            <select {...a} autofocus {...bindSelect(platform, (v) => setPlatform(v as Platform))}>
              {PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {CATALOG[p].label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="px-tag"
          label={`${spec.label} pixel ID`}
          hint={warning ? undefined : `Usually ${spec.idHint}, e.g. ${spec.example}.`}
          warning={warning}
          error={errors.tagId}
          alert
        >
          {(a) => <input {...a} autoComplete="off" spellcheck={false} placeholder={spec.example} {...bindText(tagId, setTagId)} />}
        </Field>
        <Field id="px-name" label="Name" hint="For you, e.g. “Meta – main ad account”." error={errors.name}>
          {(a) => <input {...a} autoComplete="off" maxLength={100} {...bindText(name, setName)} />}
        </Field>
        <Check
          id="px-default"
          checked={isDefault}
          onChange={setIsDefault}
          label="Default pixel"
          hint="Attached to new links automatically (you can still untick it per link)."
        />
      </div>
    </Dialog>
  );
}
