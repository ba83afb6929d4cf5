import { loadScript, queueStub, type Fire } from '../context.js';

/**
 * Reddit base code (docs/pixels.md §1.9): `rdt('init')` per pixel, `PageVisit`, then the audience event as
 * `Custom` with `customEventName`, and the click id as `conversionId` (Reddit's dedup key with CAPI).
 */
export const reddit: Fire = (pixels, { event, clickId }) => {
  const p = queueStub('rdt', 'sendEvent', 'callQueue');
  loadScript(pixels[0]!.loader);
  for (const px of pixels) p('init', px.tagId);
  p('track', 'PageVisit');
  p('track', 'Custom', { customEventName: event.name, conversionId: clickId });
};
