/**
 * A labelled form control with its hint and error wired up for screen readers
 * (`aria-describedby`, `aria-invalid`). The control itself is a render prop, so any input works.
 */
import type { ComponentChildren, JSX } from 'preact';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
}

export interface FieldProps {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | undefined;
  warning?: string | undefined;
  class?: string;
  /** Announce the error when it appears (single-field forms; big forms use an error summary). */
  alert?: boolean;
  children: (control: ControlProps) => JSX.Element;
}

export function Field({ id, label, hint, error, warning, class: cls, alert, children }: FieldProps) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', warning ? `${id}-warning` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${cls ? ' ' + cls : ''}`}>
      <label for={id}>{label}</label>
      {children({ id, ...(described ? { 'aria-describedby': described } : {}), ...(error ? { 'aria-invalid': 'true' as const } : {}) })}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {warning && (
        <p class="warn-text" id={`${id}-warning`}>
          {warning}
        </p>
      )}
      {error && (
        <p class="error-text" id={`${id}-error`} role={alert ? 'alert' : undefined}>
          {error}
        </p>
      )}
    </div>
  );
}

export interface CheckProps {
  id: string;
  checked: boolean;
  onChange(checked: boolean): void;
  label: ComponentChildren;
  hint?: ComponentChildren;
  disabled?: boolean;
  type?: 'checkbox' | 'radio';
  name?: string;
}

export function Check({ id, checked, onChange, label, hint, disabled, type = 'checkbox', name }: CheckProps) {
  // The hint sits outside the <label> so the control's accessible name is just the label; the hint
  // is its description.
  return (
    <div class="check">
      <input
        id={id}
        type={type}
        name={name}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        {...(hint ? { 'aria-describedby': `${id}-hint` } : {})}
      />
      <div>
        <label for={id}>{label}</label>
        {hint && (
          <span class="hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
      </div>
    </div>
  );
}

/** `onInput` for text inputs without the event plumbing. */
export function bindText(value: string, set: (v: string) => void) {
  return {
    value,
    onInput: (e: Event) => set((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
}

export function bindSelect(value: string, set: (v: string) => void) {
  return {
    value,
    onChange: (e: Event) => set((e.currentTarget as HTMLSelectElement).value),
  };
}
