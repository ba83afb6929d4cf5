/**
 * Checks run on every dashboard screen (issue 22): axe-core's accessibility rules, and that no
 * visible element is clipped (its box lies within the viewport and within any scrolling box that
 * holds it, so nothing needs sideways scrolling to be read or reached).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's browser build, evaluated in the page over the DevTools protocol (the dashboard's CSP allows no injected script tag). */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Serious and critical axe-core violations on the page as it is now (WCAG 2.x A/AA and best practices). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })))`)) as AxeViolation[];
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Visible elements whose box leaves the viewport horizontally or the box of a scrolling ancestor
 * (`overflow` other than visible). Screen-reader-only text and the skip link (off-screen until
 * focused) are not visible boxes and are left out.
 */
export async function clippedElements(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('.sr-only, .skip-link, dialog:not([open]), details:not([open]) > :not(summary), svg title')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < -1 || r.right > width + 1) { out.push(describe(el) + ' leaves the viewport (' + Math.round(r.left) + '…' + Math.round(r.right) + ' of ' + width + ')'); continue; }
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible') continue;
        const b = a.getBoundingClientRect();
        if (r.left < b.left - 1 || r.right > b.right + 1) {
          // Text cut with an ellipsis is shortened on purpose, not clipped: its full text is in its title.
          if (!(a.scrollWidth <= a.clientWidth + 1 && s.textOverflow === 'ellipsis')) out.push(describe(el) + ' is cut by ' + describe(a));
          break;
        }
        if (a.scrollWidth > a.clientWidth + 1 && (s.overflowX === 'auto' || s.overflowX === 'scroll')) { out.push(describe(a) + ' needs sideways scrolling'); break; }
      }
    }
    return [...new Set(out)].slice(0, 20);
  })()`)) as string[];
}
