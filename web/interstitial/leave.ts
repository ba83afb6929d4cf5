import type { YieldBeacon } from '../../src/http/interstitial/page-config.js';
import type { PageConfig } from './context.js';

export type Choice = 'accept' | 'decline';

/**
 * Leaves, then reports the pixel yield. `location.replace` keeps the interstitial out of session
 * history, so Back from the destination returns to the page before the short link (docs/interstitial.md).
 * It only starts the navigation: this document lives on until the destination answers, long enough
 * for the beacon, which is queued after it so that the destination's request starts first.
 */
export function leave(cfg: PageConfig, ok: string[], choice?: Choice): void {
  const report: YieldBeacon = { c: cfg.clickId, ok, ms: Math.round(sinceStart()) };
  if (choice) report.ch = choice;
  location.replace(cfg.destination);
  try {
    navigator.sendBeacon(cfg.beaconUrl, JSON.stringify(report));
  } catch {
    // Reporting must never keep anyone from their destination.
  }
}

/** Milliseconds since this page's navigation started; for a prerendered page, since activation. */
export function sinceStart(): number {
  const nav = performance.getEntriesByType('navigation')[0] as (PerformanceEntry & { activationStart?: number }) | undefined;
  return performance.now() - (nav?.activationStart ?? 0);
}
