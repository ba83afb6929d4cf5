/**
 * Toasts: short confirmations ("Link copied") and errors. Announced by screen readers through a
 * live region; errors stay longer and can be dismissed.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useMemo, useRef, useState } from 'preact/hooks';

interface Toast {
  id: number;
  kind: 'ok' | 'error';
  text: string;
}

export interface Toaster {
  ok(text: string): void;
  error(text: string): void;
}

const ToastContext = createContext<Toaster>({ ok: () => {}, error: () => {} });

export function useToast(): Toaster {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ComponentChildren }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((ts) => ts.filter((t) => t.id !== id)), []);
  const push = useCallback(
    (kind: Toast['kind'], text: string) => {
      const id = next.current++;
      setToasts((ts) => [...ts.slice(-3), { id, kind, text }]);
      setTimeout(() => dismiss(id), kind === 'error' ? 9000 : 4000);
    },
    [dismiss],
  );
  const api = useMemo<Toaster>(() => ({ ok: (t) => push('ok', t), error: (t) => push('error', t) }), [push]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div class="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} class={`toast ${t.kind}`} data-testid="toast">
            <span>{t.text}</span>
            <button type="button" aria-label="Dismiss" onClick={() => dismiss(t.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
