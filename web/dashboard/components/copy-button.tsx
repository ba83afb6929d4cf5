import { copyText } from '../lib/browser-io.js';
import { messageOf } from '../lib/api.js';
import { CopyIcon } from './icons.js';
import { useToast } from './toast.js';

/** Copies `text`; the accessible name says what is copied ("Copy short link for spring-sale"). */
export function CopyButton({ text, label, compact }: { text: string; label: string; compact?: boolean }) {
  const toast = useToast();
  return (
    <button
      type="button"
      class={compact ? 'btn btn-ghost btn-sm btn-icon' : 'btn btn-sm'}
      aria-label={compact ? label : undefined}
      title={label}
      onClick={async () => {
        try {
          await copyText(text);
          toast.ok(`Copied ${text}`);
        } catch (error) {
          toast.error(messageOf(error));
        }
      }}
    >
      <CopyIcon />
      {!compact && 'Copy'}
    </button>
  );
}
