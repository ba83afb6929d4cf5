import { loadScript, w, type Fire, type Stub } from '../context.js';

/**
 * Pinterest base code (docs/pixels.md §1.7): `pintrk('load')` per tag, then `page` and `track`, which the
 * library sends for every loaded tag (calling them per tag would duplicate). Event names are a fixed
 * list; `custom` is the free one, so the audience event is `custom` with our name as a property and
 * the click id as `event_id` (Pinterest's dedup key).
 */
export const pinterest: Fire = (pixels, { event, clickId }) => {
  const n: Stub = (w.pintrk = (...args: unknown[]) => n.queue.push(args));
  n.queue = [];
  n.version = '3.0';
  loadScript(pixels[0]!.loader);
  for (const p of pixels) n('load', p.tagId);
  n('page');
  n('track', 'custom', { ...event.params, event_name: event.name, event_id: clickId });
};
