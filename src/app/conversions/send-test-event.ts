import { deliveryFor } from '../../core/conversions/plan.js';
import { platformApi } from '../../core/conversions/platforms/index.js';
import { NO_USER, type PlatformItem, type ServerEvent, type ServerVisit } from '../../core/conversions/server-event.js';
import type { DeliveryOutcome } from '../../core/delivery/outcome.js';
import { AppError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { openSecrets, type PlatformSender } from '../../conversions/pixel-destinations.js';
import { PixelServerStore } from '../../storage/pixel-server-store.js';
import type { AppContext } from '../context.js';
import { getPixelOrThrow } from '../pixels/manage-pixels.js';

export interface TestEventResult {
  /** What Ricochet makes of the answer, as it would for a real event. */
  outcome: DeliveryOutcome['outcome'];
  reason: string | null;
  message: string | null;
  /** The platform's HTTP status and answer (credentials masked); null when no answer came. */
  status: number | null;
  answer: string | null;
  eventId: string;
}

/** Test settings the platforms need before their test mode can be used. */
const TEST_SETTING: Partial<Record<string, string>> = { meta: 'testEventCode', tiktok: 'testEventCode', reddit: 'testId' };
/** A documentation address (RFC 5737) for platforms that match only on address and user agent. */
const TEST_ADDRESS = '203.0.113.7';

/**
 * "Send test event" (docs/conversions.md "Test events"): one page view, audience event and lead
 * through the pixel's platform in its test mode — Meta's and TikTok's test event codes, GA4's
 * validation server, Pinterest's `test=true`, Snap's validate endpoint, Google Ads'
 * `validateOnly`, Reddit's test id — and the platform's answer as it came.
 */
export async function sendTestEvent(ctx: AppContext, sender: PlatformSender, workspaceId: string, pixelId: string): Promise<TestEventResult> {
  const pixel = await getPixelOrThrow(ctx, workspaceId, pixelId);
  const api = platformApi(pixel.platform);
  if (!api) throw new AppError('SERVER_EVENTS_UNSUPPORTED', undefined, { platform: pixel.platform });
  const row = await new PixelServerStore(ctx.stores.database).get(pixel.id);
  if (!row) throw new AppError('SERVER_NOT_CONFIGURED');
  if (api.testMode === null) throw new AppError('TEST_MODE_UNAVAILABLE', `${pixel.platform} publishes no test mode; its events can only be sent for real.`);
  const needed = TEST_SETTING[pixel.platform];
  if (needed && !row.settings[needed]) throw new AppError('TEST_MODE_UNAVAILABLE', `Set \`${needed}\` (from the platform's test events screen) first.`, { field: needed });

  const now = ctx.clock.now();
  const clickId = newId('click', now, ctx.random);
  const visit: ServerVisit = {
    clickId,
    at: now,
    clickAt: now,
    pageUrl: `${ctx.config.publicUrl}/ricochet-test`,
    referrer: null,
    userAgent: 'Mozilla/5.0 (compatible; Ricochet test event)',
    clickIds: { fbclid: 'ricochet-test', gclid: 'ricochet-test', ttclid: 'ricochet-test', li_fat_id: 'ricochet-test', twclid: 'ricochet-test', msclkid: 'ricochet-test', epik: 'ricochet-test', ScCid: 'ricochet-test', rdt_cid: 'ricochet-test' },
    country: null,
    consent: { limitedDataUse: false, adUserData: true, adPersonalization: true },
    serverOnly: true,
    user: NO_USER,
  };
  const events: ServerEvent[] = [
    { kind: 'page_view', eventId: clickId, name: 'page_view', params: {}, value: null, orderId: null },
    { kind: 'audience', eventId: clickId, name: 'ricochet_test', params: { link_id: 'ricochet-test' }, value: null, orderId: null },
    { kind: 'lead', eventId: newId('conversion', now, ctx.random), name: 'Lead', params: {}, value: null, orderId: null },
  ];
  const delivery = deliveryFor(api, { tagId: pixel.tagId, settings: row.settings }, visit, events);
  if (!delivery) throw new AppError('TEST_MODE_UNAVAILABLE', 'None of the test events applies to this setup (e.g. no conversion action or rule is set).');
  const item: PlatformItem = { ...delivery, ip: TEST_ADDRESS };
  const account = { tagId: pixel.tagId, settings: row.settings, secrets: openSecrets(ctx.secrets, pixel.id, row.sealedSecrets) };
  const { verdict, answer } = await sender.send(api, account, [item], 'test', `test:${pixel.id}`);
  const outcome: DeliveryOutcome = 'split' in verdict ? { outcome: 'rejected', reason: 'invalid', message: verdict.message } : (verdict.outcomes[0] as DeliveryOutcome);
  return {
    outcome: outcome.outcome,
    reason: 'reason' in outcome ? outcome.reason : null,
    message: 'message' in outcome ? (outcome.message ?? null) : null,
    status: answer?.status ?? null,
    answer: answer ? answer.body.slice(0, 2000) : null,
    eventId: clickId,
  };
}
