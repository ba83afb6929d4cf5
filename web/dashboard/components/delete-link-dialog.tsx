import { displayUrl } from '../lib/format.js';
import { ConfirmDialog } from './dialog.js';

export interface DeleteLinkDialogProps {
  /** The short URL of the link to delete; null while nothing is being deleted (closed). */
  shortUrl: string | null;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** "Delete this link?", the same from the links table and from a link's page. */
export function DeleteLinkDialog({ shortUrl, busy, onConfirm, onCancel }: DeleteLinkDialogProps) {
  return (
    <ConfirmDialog
      open={shortUrl !== null}
      title="Delete this link?"
      message={
        <p>
          <strong>{shortUrl !== null && displayUrl(shortUrl)}</strong> will stop working at once and its slug becomes free. Clicks
          already recorded stay in the workspace analytics.
        </p>
      }
      confirmLabel="Delete link"
      danger
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
