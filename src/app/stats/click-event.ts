import type { ExportRow } from '../../storage/click-export.js';
import type { AppContext } from '../context.js';
import { domainHost } from '../links/resolve-domain.js';

/** A stored click as the API shows it (`ClickEvent`). */
export function presentClick(ctx: AppContext, r: ExportRow) {
  return {
    id: r.id,
    time: new Date(r.at).toISOString(),
    linkId: r.link_id,
    slug: r.slug,
    domain: r.domain === null ? null : domainHost(ctx, r.domain),
    country: r.country,
    device: r.device,
    os: r.os,
    browser: r.browser,
    referrerHost: r.referrer_host,
    utm: { source: r.utm_source, medium: r.utm_medium, campaign: r.utm_campaign, term: r.utm_term, content: r.utm_content },
    clickIds: r.click_ids,
    bot: r.bot,
    consent: r.consent,
    pixelsFired: r.pixels_fired,
    pixelsConfirmed: r.pixels_confirmed,
  };
}

/** One CSV row of a click event: its fields in order, nested objects flattened, lists comma-joined. */
export function csvValues(event: object): Array<string | null> {
  const out: Array<string | null> = [];
  for (const value of Object.values(event)) {
    if (value === null) out.push(null);
    else if (Array.isArray(value)) out.push(value.join(','));
    else if (typeof value === 'object') out.push(...csvValues(value));
    else out.push(String(value));
  }
  return out;
}
