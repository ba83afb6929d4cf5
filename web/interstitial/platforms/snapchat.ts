import { loadScript, queueStub, type Fire } from '../context.js';

/**
 * Snap base code (docs/pixels.md §1.8): `snaptr('init')` per pixel, then `track`, sent for every
 * initialised pixel. Snap event names are a fixed list; CUSTOM_EVENT_1 carries the audience event,
 * with the click id as `client_dedup_id`.
 */
export const snapchat: Fire = (pixels, { event, clickId }) => {
  const a = queueStub('snaptr', 'handleRequest', 'queue');
  loadScript(pixels[0]!.loader);
  for (const p of pixels) a('init', p.tagId);
  a('track', 'PAGE_VIEW');
  a('track', 'CUSTOM_EVENT_1', { ...event.params, description: event.name, client_dedup_id: clickId });
};
