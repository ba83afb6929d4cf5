import { loadScript, w, type Fire } from '../context.js';

/**
 * Microsoft UET (docs/vendor-fakes.md): consent goes onto the queue before bat.js loads; on load the
 * official snippet builds `new UET({ti, q})`, which replaces the queue and is then given `pageLoad`.
 * Each extra tag gets its own queue (`uetq1`, …) so every tag sees only its own events. UET consent
 * has a single key, `ad_storage`, and it is `granted`: a pixel is on the page only when its verdict
 * is to fire (consent given or not needed). Google's Consent Mode state is Google's alone: it is
 * all `denied` whenever no Google tag fires, which would put UET into cookieless pings.
 * The audience event is a custom event (`ea` = its name) with the click id as `event_id`, the key UET's
 * Conversions API deduplicates a server copy on (docs/conversions.md §Microsoft).
 */
export const microsoft: Fire = (pixels, { event, clickId }) => {
  const queue = (i: number) => (i ? `uetq${i}` : 'uetq');
  pixels.forEach((_, i) => (w[queue(i)] ??= []).push('consent', 'default', { ad_storage: 'granted' }));
  loadScript(pixels[0]!.loader).onload = () =>
    pixels.forEach((p, i) => {
      const o: Record<string, unknown> = { ti: p.tagId, enableAutoSpaTracking: true };
      o.q = w[queue(i)];
      const uet = (w[queue(i)] = new w.UET(o));
      uet.push('pageLoad');
      uet.push('event', event.name, { ...event.params, event_id: clickId });
    });
};
