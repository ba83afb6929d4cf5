/**
 * Hash routing (`/#/links/<id>`): every other single-segment path on this server is a short
 * link, so the SPA never puts its state in the path. A route may carry a query after `?`
 * (`#/links?q=shoes&tag=spring`) so filters survive reload and the back button.
 */
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { name: 'links' }
  | { name: 'link-new' }
  | { name: 'link-bulk' }
  | { name: 'link'; id: string }
  | { name: 'link-edit'; id: string }
  | { name: 'analytics' }
  | { name: 'pixels' }
  | { name: 'pixel-audience'; id: string }
  | { name: 'pixel-server'; id: string }
  | { name: 'settings' }
  | { name: 'domains' }
  | { name: 'keys' }
  | { name: 'webhooks' }
  | { name: 'webhook'; id: string }
  | { name: 'audit' }
  | { name: 'not-found' };

export interface Location {
  route: Route;
  query: URLSearchParams;
}

/** Parse `#/links/lk_1?x=1` (or an empty hash, which is the links list). */
export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = (q === -1 ? raw : raw.slice(0, q)).replace(/\/+$/, '');
  const query = new URLSearchParams(q === -1 ? '' : raw.slice(q + 1));
  const parts = path.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  return { route: match(parts), query };
}

function match(parts: string[]): Route {
  const [a, b, c] = parts;
  if (parts.length === 0) return { name: 'links' };
  if (a === 'links') {
    if (b === undefined) return { name: 'links' };
    if (b === 'new' && c === undefined) return { name: 'link-new' };
    if (b === 'bulk' && c === undefined) return { name: 'link-bulk' };
    if (c === undefined) return { name: 'link', id: b };
    if (c === 'edit' && parts.length === 3) return { name: 'link-edit', id: b };
  }
  if (a === 'analytics' && b === undefined) return { name: 'analytics' };
  if (a === 'pixels') {
    if (b === undefined) return { name: 'pixels' };
    if (c === 'audience' && parts.length === 3) return { name: 'pixel-audience', id: b };
    if (c === 'server' && parts.length === 3) return { name: 'pixel-server', id: b };
  }
  if (a === 'settings' && b === undefined) return { name: 'settings' };
  if (a === 'domains' && b === undefined) return { name: 'domains' };
  if (a === 'keys' && b === undefined) return { name: 'keys' };
  if (a === 'webhooks') {
    if (b === undefined) return { name: 'webhooks' };
    if (c === undefined) return { name: 'webhook', id: b };
  }
  if (a === 'audit' && b === undefined) return { name: 'audit' };
  return { name: 'not-found' };
}

/** `href` for a route path, e.g. `href('/links/' + id)` → `#/links/lk_…`. */
export function href(path: string, query?: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v) params.set(k, v);
  const qs = params.toString();
  return '#' + path + (qs ? '?' + qs : '');
}

const CHANGE = 'ricochet:route';

/** Go to a route. `replace` swaps the history entry (filters typed into a search box). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const target = to.startsWith('#') ? to : '#' + to;
  if (location.hash === target) return;
  if (options.replace) {
    history.replaceState(history.state, '', target);
    window.dispatchEvent(new Event(CHANGE));
  } else {
    location.hash = target;
  }
}

export function useLocation(): Location {
  const [loc, setLoc] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setLoc(parseHash(location.hash));
    window.addEventListener('hashchange', update);
    window.addEventListener(CHANGE, update);
    return () => {
      window.removeEventListener('hashchange', update);
      window.removeEventListener(CHANGE, update);
    };
  }, []);
  return loc;
}
