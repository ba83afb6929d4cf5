import type { GoogleConsentState, PageConfig } from './context.js';
import { firePixels } from './fire.js';
import { leave, sinceStart, type Choice } from './leave.js';
import { watchHits } from './watch-hits.js';

const GRANTED: GoogleConsentState = {
  ad_storage: 'granted',
  ad_user_data: 'granted',
  ad_personalization: 'granted',
  analytics_storage: 'granted',
};

/**
 * Fires the pixels and leaves as soon as every one has dispatched its counted hit, or at the cap,
 * whichever comes first (docs/interstitial.md): a hung vendor never costs the click. The cap is
 * `timeoutMs` after the navigation started (the visitor's click; for a prerendered page, its
 * activation), not after this script started: the time to first byte and the page's start-up are
 * part of the visitor's wait. After the consent prompt (`choice`), the visitor has just acted, so
 * the full `timeoutMs` runs from then. After an Accept, Google's consent states are all granted.
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
  const cap = choice ? cfg.timeoutMs : Math.max(0, cfg.timeoutMs - sinceStart());
  setTimeout(go, cfg.pixels.length > 0 ? cap : 0);
  watchHits(cfg.pixels, hit);
  const consent = choice === 'accept' ? GRANTED : cfg.consent;
  firePixels(cfg.pixels, { event: cfg.event, clickId: cfg.clickId, consent, sent: hit });
}
