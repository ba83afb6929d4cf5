import { loadScript, queueStub, w, type Fire } from '../context.js';

/**
 * Meta Pixel base code (docs/pixels.md §1.1): `fbq` queues until fbevents.js takes over via `callMethod`.
 * The pixels here are already allowed, so consent is granted before `init` (docs/pixels.md §1.1 "Consent").
 * `trackSingle*` sends to one pixel only: plain `track` would repeat for every initialised pixel.
 * Both events carry the click id as `eventID`: Meta dedups on (event name, eventID) [V].
 */
export const meta: Fire = (pixels, { event, clickId }) => {
  const n = queueStub('fbq', 'callMethod', 'queue');
  w._fbq ??= n;
  n.push = n;
  n.loaded = true;
  n.version = '2.0';
  loadScript(pixels[0]!.loader);
  n('consent', 'grant');
  for (const p of pixels) {
    n('init', p.tagId);
    n('trackSingle', p.tagId, 'PageView', {}, { eventID: clickId });
    n('trackSingleCustom', p.tagId, event.name, event.params, { eventID: clickId });
  }
};
