import { loadScript, w, type Fire } from '../context.js';

/**
 * Microsoft UET (docs/pixels.md §1.10): consent goes onto the queue before bat.js loads; on load the
 * official snippet builds `new UET({ti, q})`, which replaces the queue and is then given `pageLoad`.
 * Each extra tag gets its own queue (`uetq1`, …) so every tag sees only its own events. UET consent
 * has a single key, `ad_storage`. The audience event is a custom event (`ea` = its name).
 */
export const microsoft: Fire = (pixels, { event, consent }) => {
  const queue = (i: number) => (i ? `uetq${i}` : 'uetq');
  pixels.forEach((_, i) => (w[queue(i)] ??= []).push('consent', 'default', { ad_storage: consent.ad_storage }));
  loadScript(pixels[0]!.loader).onload = () =>
    pixels.forEach((p, i) => {
      const o: Record<string, unknown> = { ti: p.tagId, enableAutoSpaTracking: true };
      o.q = w[queue(i)];
      const uet = (w[queue(i)] = new w.UET(o));
      uet.push('pageLoad');
      uet.push('event', event.name, event.params);
    });
};
