import { loadScript, w, type Fire } from '../context.js';

/**
 * gtag.js for Google Ads (AW-) and GA4 (G-) together: one dataLayer, one loader (docs/pixels.md §1.2, §1.3).
 * Consent Mode defaults go first, before any `config` (docs/pixels.md §2.1). `config` sends the page view;
 * the audience event goes to each id via `send_to`, with the click id as `transaction_id`.
 * `event_callback` is gtag's documented "sent" hook (docs/pixels.md §4.3); `event_timeout` is raised so
 * gtag's own 2 s fallback can never report a hit that was not sent (our cap comes first anyway).
 */
export const google: Fire = (pixels, { event, clickId, consent, sent }) => {
  const dl: unknown[] = (w.dataLayer ??= []);
  const gtag = (w.gtag = function (..._: unknown[]) {
    // gtag.js reads `arguments` objects from the dataLayer, not arrays.
    dl.push(arguments);
  });
  gtag('consent', 'default', consent);
  // Denied ad storage: strip click ids from ad requests too (docs/pixels.md §2.1 ads_data_redaction).
  if (consent.ad_storage === 'denied') gtag('set', 'ads_data_redaction', true);
  gtag('js', new Date());
  loadScript(pixels[0]!.loader);
  for (const p of pixels) {
    gtag('config', p.tagId);
    gtag('event', event.name, {
      ...event.params,
      send_to: p.tagId,
      transaction_id: clickId,
      event_callback: () => sent(p),
      event_timeout: 6e4,
    });
  }
};
