import { loadScript, w, type Fire, type Stub } from '../context.js';

/**
 * LinkedIn Insight Tag (docs/pixels.md §1.4): partner ids go into `_linkedin_data_partner_ids`; the
 * library sends a page view for each. `lintrk('track')` needs a numeric conversion rule id that a
 * link does not carry, so nothing else is sent (catalog: LinkedIn `dispatchedHit`).
 */
export const linkedin: Fire = (pixels) => {
  w._linkedin_partner_id = pixels[0]!.tagId;
  const ids: string[] = (w._linkedin_data_partner_ids ??= []);
  for (const p of pixels) ids.push(p.tagId);
  if (!w.lintrk) {
    const l: Stub = (w.lintrk = (a: unknown, b: unknown) => l.q.push([a, b]));
    l.q = [];
  }
  loadScript(pixels[0]!.loader);
};
