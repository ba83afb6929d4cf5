import { loadScript, w, type Fire } from '../context.js';

const METHODS = ['page', 'track', 'identify'];

/**
 * TikTok base code (docs/pixels.md §1.5): `ttq` is an array of queued calls; `ttq.load(id)` records the
 * pixel in `_i/_t/_o` and injects events.js?sdkid=<id>, one per pixel. `ttq.instance(id)` queues
 * calls for one pixel only, so two TikTok pixels each get exactly their own events. The audience
 * event carries the click id as `event_id` (TikTok dedups on event + event_id, docs/pixels.md §1.5).
 */
export const tiktok: Fire = (pixels, { event, clickId }) => {
  w.TiktokAnalyticsObject = 'ttq';
  const ttq: any = (w.ttq ??= []);
  ttq.methods = METHODS;
  ttq.setAndDefer = (target: unknown[] & Record<string, unknown>, method: string) => {
    target[method] = (...args: unknown[]) => target.push([method, ...args]);
  };
  for (const m of METHODS) ttq.setAndDefer(ttq, m);
  ttq.instance = (id: string) => {
    const queue = ttq._i[id] ?? [];
    for (const m of METHODS) ttq.setAndDefer(queue, m);
    return queue;
  };
  ttq._i ??= {};
  ttq._t ??= {};
  ttq._o ??= {};
  for (const p of pixels) {
    ttq._i[p.tagId] = [];
    ttq._i[p.tagId]._u = p.loader.split('?')[0];
    ttq._t[p.tagId] = Date.now();
    ttq._o[p.tagId] = {};
    loadScript(p.loader);
    const one = ttq.instance(p.tagId);
    one.page();
    one.track(event.name, event.params, { event_id: clickId });
  }
};
