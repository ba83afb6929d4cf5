import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * The screen's h1. On mount it sets the document title and takes focus, so keyboard and screen
 * reader users land at the top of the new screen after a route change (a SPA does not reset focus
 * by itself).
 */
export function PageHead({ title, sub, actions, back }: { title: string; sub?: ComponentChildren; actions?: ComponentChildren; back?: { href: string; label: string } }) {
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Ricochet`;
    // Only move focus if it is not already inside the page (e.g. a field the user is typing in).
    const active = document.activeElement;
    if (!active || active === document.body || !document.querySelector('main')?.contains(active)) h1.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <>
      {back && (
        <a class="crumb" href={back.href}>
          ← {back.label}
        </a>
      )}
      <div class="page-head">
        <h1 ref={h1} tabIndex={-1}>
          {title}
        </h1>
        {actions && <div class="actions">{actions}</div>}
        {sub && <p class="sub">{sub}</p>}
      </div>
    </>
  );
}
