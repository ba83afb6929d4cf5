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
 * Fires the pixels and leaves the moment every one has handed its counted hit to the browser, or
 * at the cap, whichever comes first (docs/interstitial.md): a hung vendor never costs the click, and the
 * page never waits for a vendor's answer. The cap is `timeoutMs` after the navigation started (the
 * visitor's click; for a prerendered page, its activation), not after this script started: the
 * time to first byte and the page's start-up are part of the visitor's wait. After the consent
 * prompt (`choice`), the visitor has just acted, so the full `timeoutMs` runs from then. After an
 * Accept, Google's consent states are all granted.
 *
 * Order matters only within this one task (no vendor code runs before it ends): the loaders are
 * requested first, then the transports are watched. The hit that completes the set leaves
 * synchronously, right after the vendor's call that started its request returned
 * (watch-hits.ts): nothing else runs between dispatch and leaving.
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
    if (cfg.pixels.every((q) => ok.includes(q.id))) go();
  };
  const consent = choice === 'accept' ? GRANTED : cfg.consent;
  firePixels(cfg.pixels, { event: cfg.event, clickId: cfg.clickId, consent, sent: hit });
  watchHits(cfg.pixels, hit);
  const cap = choice ? cfg.timeoutMs : Math.max(0, cfg.timeoutMs - sinceStart());
  setTimeout(go, cfg.pixels.length > 0 ? cap : 0);
}
