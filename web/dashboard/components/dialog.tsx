/**
 * Modal dialogs on the native `<dialog>` element: focus is trapped and restored by the browser,
 * Escape closes, and the page behind is inert.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface DialogProps {
  open: boolean;
  title: string;
  onClose(): void;
  children: ComponentChildren;
  /** Buttons for the footer. */
  actions?: ComponentChildren;
  wide?: boolean;
  /** Submit handler: the dialog body becomes a form, so Enter submits. */
  onSubmit?: () => void;
}

let seq = 0;

export function Dialog({ open, title, onClose, children, actions, wide, onSubmit }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [titleId] = useState(() => `dialog-title-${++seq}`);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  const body = (
    <>
      <div class="dialog-body">
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
      {actions && <div class="dialog-actions">{actions}</div>}
    </>
  );
  return (
    <dialog
      ref={ref}
      class={wide ? 'wide' : undefined}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open &&
        (onSubmit ? (
          <form
            method="dialog"
            onSubmit={(e) => {
              e.preventDefault();
              onSubmit();
            }}
          >
            {body}
          </form>
        ) : (
          body
        ))}
    </dialog>
  );
}

export interface ConfirmProps {
  open: boolean;
  title: string;
  message: ComponentChildren;
  confirmLabel: string;
  busy?: boolean;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** "Delete this link?" — the cancel button takes focus first, so Enter never destroys by accident. */
export function ConfirmDialog({ open, title, message, confirmLabel, busy, danger, onConfirm, onCancel }: ConfirmProps) {
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onCancel}
      actions={
        <>
          <button type="button" class="btn" onClick={onCancel} autofocus>
            Cancel
          </button>
          <button type="button" class={danger ? 'btn btn-danger-solid' : 'btn btn-primary'} disabled={busy} onClick={onConfirm}>
            {busy ? 'Working…' : confirmLabel}
          </button>
        </>
      }
    >
      <div>{message}</div>
    </Dialog>
  );
}
