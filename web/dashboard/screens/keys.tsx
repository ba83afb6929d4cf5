/**
 * API keys: list with role and last use, create one with a role (at most the signed-in key's) and
 * see its secret once, revoke. Key management needs `admin` or `owner` (the API says so too).
 */
import { useState } from 'preact/hooks';
import { CopyButton } from '../components/copy-button.js';
import { ConfirmDialog, Dialog } from '../components/dialog.js';
import { Field, bindSelect, bindText } from '../components/field.js';
import { PageHead } from '../components/page-head.js';
import { Empty, ErrorNote, Loading } from '../components/states.js';
import { useToast } from '../components/toast.js';
import { ApiError, messageOf } from '../lib/api.js';
import { fieldErrorsOf, type FieldErrors } from '../lib/field-errors.js';
import { formatDateTime } from '../lib/format.js';
import { loadAll } from '../lib/load-all.js';
import { can, ROLE_LABELS } from '../lib/role.js';
import { useSession } from '../lib/session.js';
import type { ApiKey, CreatedApiKey, Role } from '../lib/types.js';
import { useAsync } from '../lib/use-async.js';
import { canGrant, ROLES } from '../../../src/core/roles.js';

const ROLE_HINTS: Record<Role, string> = {
  viewer: 'reads links, pixels, domains and stats; changes nothing',
  member: 'also creates, edits and deletes links and pixels',
  admin: 'also domains, settings and keys up to admin',
  owner: 'everything, owner keys included',
};

export function KeysScreen() {
  const { api, role, key: secret } = useSession();
  const toast = useToast();
  const allowed = can(role, 'write:keys');
  const keys = useAsync(() => (allowed ? loadAll<ApiKey>(api, '/api-keys') : Promise.resolve([])), [allowed]);
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [busy, setBusy] = useState(false);

  async function revoke() {
    if (!revoking) return;
    setBusy(true);
    try {
      await api.del(`/api-keys/${encodeURIComponent(revoking.id)}`);
      toast.ok(`Revoked ${revoking.name}.`);
      setRevoking(null);
      keys.reload();
    } catch (error) {
      toast.error(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  const list = keys.data ?? [];
  return (
    <>
      <PageHead
        title="API keys"
        sub="Keys sign in to this dashboard and call the REST API. Each has a role; its secret is shown once, when it is made."
        actions={allowed && <button type="button" class="btn btn-primary" onClick={() => setCreating(true)}>Create key</button>}
      />
      {!allowed && <p class="notice">Only admins and owners manage keys. Ask one of them for a key with the role you need.</p>}
      {keys.status === 'error' && <ErrorNote error={keys.error} onRetry={keys.reload} />}
      {allowed && !keys.data && keys.status === 'loading' && <Loading lines={4} label="Loading keys" />}
      {allowed && keys.data && list.length === 0 && <div class="card"><Empty title="No keys">Create one for each person or script.</Empty></div>}
      {list.length > 0 && (
        <div class="table-wrap">
          <table data-testid="keys-table">
            <caption class="sr-only">API keys, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col" class="col-optional">Role</th>
                <th scope="col" class="col-optional">Secret starts with</th>
                <th scope="col" class="col-optional">Created</th>
                <th scope="col" class="col-optional">Last used</th>
                <th scope="col"><span class="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {list.map((k) => (
                <tr key={k.id} data-testid="key-row">
                  <td>
                    <strong>{k.name}</strong>
                    {secret.startsWith(k.prefix) && <span class="badge neutral" style={{ marginLeft: '0.4rem' }}>This browser</span>}
                    <span class="show-narrow muted small">
                      {ROLE_LABELS[k.role]} · last used {k.lastUsedAt ? formatDateTime(k.lastUsedAt) : 'never'}
                    </span>
                  </td>
                  <td class="col-optional">{ROLE_LABELS[k.role]}</td>
                  <td class="col-optional mono">{k.prefix}…</td>
                  <td class="col-optional nowrap">{formatDateTime(k.createdAt)}</td>
                  <td class="col-optional">{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : 'Never'}</td>
                  <td class="nowrap">
                    <button type="button" class="btn btn-ghost btn-sm btn-danger" onClick={() => setRevoking(k)} aria-label={`Revoke ${k.name}`}>
                      Revoke
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {creating && role !== 'unknown' && (
        <CreateKeyDialog
          granter={role}
          onClose={() => setCreating(false)}
          onCreated={(k) => {
            setCreating(false);
            setShown(k);
            keys.reload();
          }}
        />
      )}
      <Dialog open={shown !== null} title="Copy the key now" onClose={() => setShown(null)} actions={<button type="button" class="btn btn-primary" onClick={() => setShown(null)}>Done</button>}>
        {shown && (
          <>
            <p>
              This is the only time the secret of <strong>{shown.name}</strong> ({ROLE_LABELS[shown.role]}) is shown. Store it in your password manager or your
              script’s secrets.
            </p>
            <div class="secret-box">
              <code data-testid="new-secret">{shown.secret}</code>
              <CopyButton text={shown.secret} label="Copy the secret" />
            </div>
          </>
        )}
      </Dialog>
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke this key?"
        message={<p>{revoking && <strong>{revoking.name}</strong>} stops working at once: scripts and people using it are signed out.</p>}
        confirmLabel="Revoke key"
        danger
        busy={busy}
        onConfirm={revoke}
        onCancel={() => setRevoking(null)}
      />
    </>
  );
}

function CreateKeyDialog({ granter, onClose, onCreated }: { granter: Role; onClose(): void; onCreated(key: CreatedApiKey): void }) {
  const { api } = useSession();
  const grantable = ROLES.filter((r) => canGrant(granter, r));
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  async function submit() {
    if (!name.trim()) return setErrors({ name: 'Give the key a name, e.g. who or what uses it.' });
    setBusy(true);
    try {
      onCreated(await api.post<CreatedApiKey>('/api-keys', { name: name.trim(), role }));
    } catch (error) {
      const fields = error instanceof ApiError ? fieldErrorsOf(error) : {};
      setErrors(Object.keys(fields).length ? fields : { name: messageOf(error) });
      setBusy(false);
    }
  }
  return (
    <Dialog
      open
      title="Create an API key"
      onClose={onClose}
      onSubmit={submit}
      actions={
        <>
          <button type="button" class="btn" onClick={onClose}>Cancel</button>
          <button type="submit" class="btn btn-primary" disabled={busy}>{busy ? 'Creating…' : 'Create key'}</button>
        </>
      }
    >
      <div class="form-grid">
        <Field id="key-name" label="Name" hint="Who or what uses it: “CRM sync”, “Anna”." error={errors.name}>
          {(a) => <input {...a} maxLength={100} autoComplete="off" {...bindText(name, setName)} />}
        </Field>
        <Field id="key-role" label="Role" hint={`${ROLE_LABELS[role]}: ${ROLE_HINTS[role]}. Give the least a key needs.`} error={errors.role}>
          {(a) => (
            <select {...a} {...bindSelect(role, (v) => setRole(v as Role))}>
              {[...grantable].reverse().map((r) => (
                <option key={r} value={r}>{ROLE_LABELS[r]}</option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </Dialog>
  );
}
