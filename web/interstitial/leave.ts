import type { YieldBeacon } from '../../src/http/interstitial/page-config.js';
import type { PageConfig } from './context.js';

export type Choice = 'accept' | 'decline';

/**
 * Reports the pixel yield and leaves. `location.replace` keeps the interstitial out of session
 * history, so Back from the destination returns to the page before the short link (docs/pixels.md §4.1).
 */
export function leave(cfg: PageConfig, ok: string[], choice?: Choice): void {
  const report: YieldBeacon = { c: cfg.clickId, ok, ms: Math.round(sinceStart()) };
  if (choice) report.ch = choice;
  try {
    navigator.sendBeacon(cfg.beaconUrl, JSON.stringify(report));
  } catch {
    // Reporting must never keep anyone from their destination.
  }
  location.replace(cfg.destination);
}

/** Milliseconds since this page's navigation started; for a prerendered page, since activation. */
export function sinceStart(): number {
  const nav = performance.getEntriesByType('navigation')[0] as (PerformanceEntry & { activationStart?: number }) | undefined;
  return performance.now() - (nav?.activationStart ?? 0);
}
