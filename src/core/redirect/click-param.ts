import type { Decision } from './decision.js';

/**
 * The query parameter that carries the click id to the destination when a link tracks
 * conversions (docs/conversions.md): the destination's script keeps it in a first-party cookie
 * and the merchant's server reports leads and sales with it.
 */
export const CLICK_PARAM = 'rc_click';

/**
 * `url` with `rc_click=<clickId>` added to its query (before any fragment), replacing one the
 * URL already had: the click id is ours to set.
 * @example withClickParam('https://shop.example/a?x=1#top', 'clk_1') // 'https://shop.example/a?x=1&rc_click=clk_1#top'
 */
export function withClickParam(url: string, clickId: string): string {
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? '' : url.slice(hash);
  const q = base.indexOf('?');
  const path = q === -1 ? base : base.slice(0, q);
  const kept = q === -1 ? [] : base.slice(q + 1).split('&').filter((p) => p !== '' && p.split('=')[0] !== CLICK_PARAM);
  kept.push(`${CLICK_PARAM}=${encodeURIComponent(clickId)}`);
  return `${path}?${kept.join('&')}${fragment}`;
}

/** The decision with the click id on its way to the destination (direct redirect or interstitial). */
export function tagDestination(decision: Decision, clickId: string): Decision {
  if (decision.kind === 'redirect') return { ...decision, location: withClickParam(decision.location, clickId) };
  if (decision.kind === 'interstitial') return { ...decision, destination: withClickParam(decision.destination, clickId) };
  return decision;
}
