import type { BrowserContext } from 'playwright-core';

export interface PageProblem {
  kind: 'csp' | 'console' | 'pageerror';
  text: string;
  url: string;
}

const BINDING = '__rcProblem';

/**
 * Collects, for every page of `context`, CSP violations (`securitypolicyviolation` events, reported
 * from an init script that runs before any page script), console errors and uncaught exceptions.
 * Only problems of pages whose URL passes `keep` are recorded (default: all).
 */
export async function collectPageProblems(
  context: BrowserContext,
  keep: (url: string) => boolean = () => true,
): Promise<PageProblem[]> {
  const problems: PageProblem[] = [];
  const add = (p: PageProblem) => {
    if (keep(p.url)) problems.push(p);
  };
  await context.exposeBinding(BINDING, (_s, kind: 'csp', text: string, url: string) => add({ kind, text, url }));
  await context.addInitScript(`document.addEventListener('securitypolicyviolation', function (e) {
    try { window.${BINDING}('csp', e.effectiveDirective + ' blocked ' + e.blockedURI + (e.sample ? ' (' + e.sample + ')' : ''), location.href); } catch (x) {}
  });`);
  context.on('console', (m) => {
    if (m.type() === 'error') add({ kind: 'console', text: m.text(), url: m.page()?.url() ?? '' });
  });
  context.on('weberror', (e) => add({ kind: 'pageerror', text: String(e.error()), url: e.page()?.url() ?? '' }));
  return problems;
}
