import type { GoogleConsentState, PageConfig } from './context.js';
import { firePixels } from './fire.js';
import { leave, type Choice } from './leave.js';
import { watchHits } from './watch-hits.js';

const GRANTED: GoogleConsentState = {
  ad_storage: 'granted',
  ad_user_data: 'granted',
  ad_personalization: 'granted',
  analytics_storage: 'granted',
};

/**
 * Fires the pixels and leaves as soon as every one has dispatched its counted hit, or `timeoutMs`
 * after this call, whichever comes first (DESIGN.md §3): a hung vendor never costs the click.
 * After an Accept on the prompt, Google's consent states are all granted.
 */
export function run(cfg: PageConfig, choice?: Choice): void {
  const ok: string[] = [];
  let gone = false;
  const go = () => {
    if (gone) return;
    gone = true;
    leave(cfg, ok, choice);
  };
  const hit = (p: { id: string }) => {
    if (ok.includes(p.id)) return;
    ok.push(p.id);
    // Next task, so the vendor code that started the hit finishes its current call first.
    if (cfg.pixels.every((q) => ok.includes(q.id))) setTimeout(go);
  };
  setTimeout(go, cfg.pixels.length > 0 ? cfg.timeoutMs : 0);
  watchHits(cfg.pixels, hit);
  const consent = choice === 'accept' ? GRANTED : cfg.consent;
  firePixels(cfg.pixels, { event: cfg.event, clickId: cfg.clickId, consent, sent: hit });
}
