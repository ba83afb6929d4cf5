import { loadScript, queueStub, type Fire } from '../context.js';

const EVENT_ID = /^tw-([a-z0-9]+)-[a-z0-9]+$/;

/**
 * X base code (docs/pixels.md §1.6): `twq('config', pixel)` sends the page view that builds X website
 * audiences. X events cannot be named freely, only created in Ads Manager as `tw-<pixel>-<event>`;
 * when the pixel's tag id is such an event id, that event is sent too, with the click id as
 * `conversion_id` (X's dedup key against its Conversion API).
 */
export const x: Fire = (pixels, { event, clickId }) => {
  const s = queueStub('twq', 'exe', 'queue');
  s.version = '1.1';
  loadScript(pixels[0]!.loader);
  for (const p of pixels) {
    const m = EVENT_ID.exec(p.tagId);
    s('config', m ? m[1] : p.tagId);
    if (m) s('event', p.tagId, { ...event.params, conversion_id: clickId });
  }
};
