/**
 * A password-protected link's lockout (docs/security.md#link-passwords): after too many wrong
 * passwords its form refuses everyone for a while; the owner sees it here and can unlock it.
 */
import { useState } from 'preact/hooks';
import { messageOf } from '../lib/api.js';
import { formatDateTime } from '../lib/format.js';
import { useSession } from '../lib/session.js';
import { useAsync } from '../lib/use-async.js';
import { useToast } from './toast.js';

interface Lockout {
  locked: boolean;
  failures: number | null;
  lockedAt: string | null;
  lockedUntil: string | null;
}

export function PasswordLockout({ linkId, writable }: { linkId: string; writable: boolean }) {
  const { api } = useSession();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const lockout = useAsync(() => api.get<Lockout>(`/password-lockouts/${encodeURIComponent(linkId)}`), [linkId]);
  if (!lockout.data?.locked) return null;
  const l = lockout.data;

  async function unlock() {
    setBusy(true);
    try {
      await api.del(`/password-lockouts/${encodeURIComponent(linkId)}`);
      toast.ok('Unlocked: visitors can enter the password again.');
      lockout.reload();
    } catch (error) {
      toast.error(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="notice warn" role="status" data-testid="password-lockout" style={{ marginBottom: '1rem' }}>
      <p>
        <strong>The password form is locked</strong> after {l.failures ?? 'too many'} wrong passwords: every visitor is refused until{' '}
        {l.lockedUntil ? formatDateTime(l.lockedUntil) : 'the lock runs out'}.
      </p>
      {writable && (
        <button type="button" class="btn" disabled={busy} onClick={() => void unlock()}>
          {busy ? 'Unlocking…' : 'Unlock now'}
        </button>
      )}
    </div>
  );
}
