/**
 * Modal dialogs on the native `<dialog>` element: focus is trapped by the browser, Escape closes,
 * and the page behind is inert. Focus goes back to what had it before the dialog opened, also when
 * the dialog is taken out of the page instead of closed (dialogs rendered only while open).
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

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
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

export function Dialog({ open, title, onClose, children, actions, wide, onSubmit }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [titleId] = useState(() => `dialog-title-${++seq}`);
  // What had focus when the dialog was asked to open: taken while rendering, before any effect
  // (or the dialog itself) moves focus.
  const opener = useRef<HTMLElement | null>(null);
  if (open && !opener.current && document.activeElement instanceof HTMLElement && !ref.current?.contains(document.activeElement)) opener.current = document.activeElement;
  // A layout effect: its cleanup (close, focus back) runs as the dialog closes, not a frame later.
  useLayoutEffect(() => {
    const d = ref.current;
    if (!d || !open) return;
    if (!d.open) d.showModal();
    return () => {
      if (d.open) d.close();
      const back = opener.current;
      opener.current = null;
      if (back?.isConnected) back.focus();
    };
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
      onKeyDown={(e) => {
        // Keep Tab inside: a modal <dialog> makes the page inert, but Tab past its last control
        // would still leave the document (to the browser's own controls).
        if (e.key !== 'Tab') return;
        const stops = [...(e.currentTarget as HTMLDialogElement).querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
        const first = stops[0];
        const last = stops[stops.length - 1];
        if (!first || !last) return;
        if (e.shiftKey && document.activeElement === first) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        }
      }}
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
