import type { ConsentOutcome } from '../core/consent/consent-decision.js';
import type { StoredClick } from '../core/clicks/click.js';
import type { DeviceType } from '../core/link.js';
import type { ClickBatch } from '../storage/click-sink.js';

/**
 * A click as a flat tuple, to cross to the writer thread: `postMessage` clones an array of
 * strings about three times faster than the same click as nested objects, and the clone runs on
 * the event loop.
 */
type ClickTuple = [
  id: string, workspaceId: string, linkId: string, domain: string, at: number, country: string | null, device: DeviceType,
  os: string | null, browser: string | null, referrerHost: string | null, utmSource: string | null, utmMedium: string | null,
  utmCampaign: string | null, utmTerm: string | null, utmContent: string | null, clickIds: string, bot: 0 | 1,
  consent: ConsentOutcome, pixelsFired: string, visitorHash: string,
];

export interface BatchMessage {
  clicks: ClickTuple[];
  confirmations: ClickBatch['confirmations'];
}

const list = (joined: string): string[] => (joined === '' ? [] : joined.split(','));

export function encodeBatch(batch: ClickBatch): BatchMessage {
  return {
    clicks: batch.clicks.map((c) => [
      c.id, c.workspaceId, c.linkId, c.domain, c.at, c.country, c.device, c.os, c.browser, c.referrerHost, c.utm.utm_source,
      c.utm.utm_medium, c.utm.utm_campaign, c.utm.utm_term, c.utm.utm_content, c.clickIds.join(','), c.bot ? 1 : 0, c.consent,
      c.pixelsFired.join(','), c.visitorHash,
    ]),
    confirmations: batch.confirmations,
  };
}

export function decodeBatch(message: BatchMessage): ClickBatch {
  return {
    clicks: message.clicks.map(
      (t): StoredClick => ({
        id: t[0], workspaceId: t[1], linkId: t[2], domain: t[3], at: t[4], country: t[5], device: t[6], os: t[7], browser: t[8],
        referrerHost: t[9], utm: { utm_source: t[10], utm_medium: t[11], utm_campaign: t[12], utm_term: t[13], utm_content: t[14] },
        clickIds: list(t[15]), bot: t[16] === 1, consent: t[17], pixelsFired: list(t[18]), visitorHash: t[19],
      }),
    ),
    confirmations: message.confirmations,
  };
}
