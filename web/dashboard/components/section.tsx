import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A collapsible form section (`<details>`). Starts open when it holds something; opens itself
 * when an error lands inside, so a field the API complains about is never hidden.
 */
export function Section({ title, summary, initiallyOpen, forceOpen, children }: {
  title: string;
  summary?: string | undefined;
  initiallyOpen: boolean;
  forceOpen?: boolean;
  children: ComponentChildren;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  useEffect(() => {
    if (forceOpen) setOpen(true);
  }, [forceOpen]);
  return (
    <details class="section" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        {title}
        {summary && !open && <span class="muted small">{summary}</span>}
      </summary>
      {children}
    </details>
  );
}
