import { loadScript, queueStub, type Fire } from '../context.js';

/**
 * Quora base code (docs/pixels.md §1.11): `qp('init')` per pixel and `ViewContent`; event names are a
 * fixed list and `Generic` carries the audience event. Quora has no documented dedup key.
 */
export const quora: Fire = (pixels) => {
  const n = queueStub('qp', 'qp', 'queue');
  loadScript(pixels[0]!.loader);
  for (const p of pixels) n('init', p.tagId);
  n('track', 'ViewContent');
  n('track', 'Generic');
};
