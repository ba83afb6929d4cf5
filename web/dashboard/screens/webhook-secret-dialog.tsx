/** The signing secret, shown once (after creating an endpoint or rotating its secret). */
import { CopyButton } from '../components/copy-button.js';
import { Dialog } from '../components/dialog.js';

export function WebhookSecretDialog({ secret, rotatedUntil, onClose }: { secret: string; rotatedUntil?: string | null; onClose(): void }) {
  return (
    <Dialog
      open
      title="Signing secret"
      onClose={onClose}
      actions={
        <button type="button" class="btn btn-primary" onClick={onClose} autofocus>
          I have stored it
        </button>
      }
    >
      <div class="form-grid">
        <p>Copy this secret into the system that receives the webhooks. It is shown only now; Ricochet keeps it encrypted and cannot show it again.</p>
        <div class="row">
          <code class="mono" data-testid="webhook-secret" style={{ wordBreak: 'break-all' }}>
            {secret}
          </code>
          <CopyButton text={secret} label="Copy signing secret" />
        </div>
        <p class="hint">
          Verify each message with a Standard Webhooks library (for Node: <code>new Webhook(secret).verify(body, headers)</code> from the <code>standardwebhooks</code> package).
        </p>
        {rotatedUntil && (
          <p class="notice warn">
            Until {new Date(rotatedUntil).toLocaleString()}, every message is signed with both the old and the new secret, so you can switch over without missing one.
          </p>
        )}
      </div>
    </Dialog>
  );
}
