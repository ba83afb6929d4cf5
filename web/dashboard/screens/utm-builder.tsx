/**
 * The UTM builder: the five UTM values written into the destination (utm_source, …), a saved
 * template applied in one go, and the values on screen saved as a new template.
 */
import { useState } from 'preact/hooks';
import { Field, bindSelect, bindText } from '../components/field.js';
import { useToast } from '../components/toast.js';
import { messageOf } from '../lib/api.js';
import { UTM_KEYS, type UtmKey } from '../lib/link-form-model.js';
import { useSession } from '../lib/session.js';
import type { List, UtmTemplate } from '../lib/types.js';
import { useAsync } from '../lib/use-async.js';

const HINTS: Record<UtmKey, string> = {
  source: 'Where the traffic comes from: newsletter, instagram',
  medium: 'The kind of channel: email, social, cpc',
  campaign: 'spring-sale',
  term: 'Paid search keyword',
  content: 'Which ad or link: banner-a',
};

export function UtmBuilder({ utm, onChange }: { utm: Record<UtmKey, string>; onChange(utm: Record<UtmKey, string>): void }) {
  const { api } = useSession();
  const toast = useToast();
  const templates = useAsync(() => api.get<List<UtmTemplate>>('/utm-templates'), []);
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const list = templates.data?.data ?? [];

  async function saveTemplate() {
    const values = Object.fromEntries(UTM_KEYS.flatMap((k) => (utm[k].trim() ? [[k, utm[k].trim()]] : [])));
    try {
      await api.post('/utm-templates', { name: name.trim(), utm: values });
      toast.ok(`Saved the UTM template “${name.trim()}”.`);
      setName('');
      templates.reload();
    } catch (error) {
      toast.error(messageOf(error));
    }
  }

  return (
    <div class="stack">
      <div class="row" style={{ alignItems: 'flex-end' }}>
        <Field id="lf-utm-template" label="Template" class="narrow">
          {(a) => (
            <select {...a} {...bindSelect(chosen, setChosen)}>
              <option value="">{list.length ? 'Choose a template…' : 'No templates yet'}</option>
              {list.map((t) => (
                <option key={t.id} value={t.id}>{t.name}</option>
              ))}
            </select>
          )}
        </Field>
        <button
          type="button"
          class="btn"
          disabled={!chosen}
          onClick={() => {
            const t = list.find((x) => x.id === chosen);
            if (t) onChange(Object.fromEntries(UTM_KEYS.map((k) => [k, t.utm[k] ?? utm[k]])) as Record<UtmKey, string>);
          }}
        >
          Apply template
        </button>
      </div>
      <div class="form-grid two">
        {UTM_KEYS.map((k) => (
          <Field key={k} id={`lf-utm-${k}`} label={`utm_${k}`} hint={HINTS[k]}>
            {(a) => <input {...a} autoComplete="off" spellcheck={false} maxLength={200} {...bindText(utm[k], (v) => onChange({ ...utm, [k]: v }))} />}
          </Field>
        ))}
      </div>
      <div class="row" style={{ alignItems: 'flex-end' }}>
        <Field id="lf-utm-save" label="Save these values as a template" class="narrow">
          {(a) => <input {...a} placeholder="Template name" maxLength={100} {...bindText(name, setName)} />}
        </Field>
        <button type="button" class="btn" disabled={!name.trim() || UTM_KEYS.every((k) => !utm[k].trim())} onClick={saveTemplate}>
          Save template
        </button>
      </div>
    </div>
  );
}
