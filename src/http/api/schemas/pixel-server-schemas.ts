import { z } from '@hono/zod-openapi';
import { DELIVERY_DROP_REASONS, REJECT_REASONS, RETRY_REASONS } from '../../../core/delivery/outcome.js';
import { EXAMPLE_IDS, EXAMPLE_TIME, timestamp } from './common.js';

const fieldName = z.string().min(1).max(64).regex(/^[A-Za-z][A-Za-z0-9]*$/);

export const PixelServerUpdate = z
  .strictObject({
    enabled: z.boolean().optional().openapi({ description: 'Send server-side events for this pixel (default true once set up).' }),
    settings: z
      .record(fieldName, z.string().max(4096).nullable())
      .optional()
      .openapi({ description: 'Plain settings of the platform (`fields` with `secret: false`); `null` or `""` removes one. Absent ones stay.', example: { testEventCode: 'TEST12345' } }),
    credentials: z
      .record(fieldName, z.string().min(1).max(4096))
      .optional()
      .openapi({ description: 'Credentials (`fields` with `secret: true`). Write-only: sealed at once, shown masked. A given one replaces the stored one (rotation); absent ones stay.', example: { accessToken: 'EAAB…' } }),
  })
  .openapi('PixelServerUpdate', { example: { enabled: true, credentials: { accessToken: 'EAABsbCS1iHgBAKZB…' }, settings: { testEventCode: 'TEST12345' } } });

const counts = (reasons: readonly string[]) => z.object(Object.fromEntries(reasons.map((r) => [r, z.number().int().optional()])) as Record<string, z.ZodOptional<z.ZodNumber>>);

export const PixelServerResponse = z
  .object({
    pixelId: z.string().openapi({ example: EXAMPLE_IDS.pixel }),
    platform: z.string().openapi({ example: 'meta' }),
    supported: z.boolean().openapi({ description: 'Whether Ricochet can send this platform server-side events (Quora: no).' }),
    configured: z.boolean(),
    enabled: z.boolean(),
    settings: z.record(z.string(), z.string()),
    credentials: z.record(z.string(), z.string()).openapi({ description: 'Each stored credential, masked (`••••abcd`). The values are never returned.' }),
    fields: z.array(
      z.object({ name: z.string(), label: z.string(), secret: z.boolean(), required: z.boolean(), help: z.string() }),
    ).openapi({ description: 'What this platform needs.' }),
    testMode: z.string().nullable().openapi({ description: 'The platform test mode "send test event" uses; null when it has none.' }),
    matchQuality: z.string().openapi({ description: 'What a server event of this platform can be matched on, in words.' }),
    delivery: z.object({
      pending: z.number().int(),
      sent: z.number().int(),
      retried: counts(RETRY_REASONS).openapi({ description: 'Attempts that failed and were retried, by reason.' }),
      failed: z.object({ rejected: counts(REJECT_REASONS), dropped: counts(DELIVERY_DROP_REASONS) }).openapi({ description: 'Deliveries given up: rejected by the platform (dead-lettered) or dropped, by reason.' }),
      lastError: z.string().nullable(),
      lastErrorReason: z.string().nullable(),
      lastErrorAt: timestamp().nullable(),
      lastSuccessAt: timestamp().nullable(),
      deadLetters: z.array(z.object({ id: z.string(), reason: z.string(), message: z.string(), queuedAt: timestamp() })).openapi({ description: 'The latest deliveries the platform refused, with its message.' }),
    }),
  })
  .openapi('PixelServer', {
    example: {
      pixelId: EXAMPLE_IDS.pixel, platform: 'meta', supported: true, configured: true, enabled: true, settings: { testEventCode: 'TEST12345' },
      credentials: { accessToken: '••••x9Qz' }, fields: [], testMode: 'the test event code', matchQuality: '…',
      delivery: { pending: 0, sent: 1204, retried: {}, failed: { rejected: {}, dropped: {} }, lastError: null, lastErrorReason: null, lastErrorAt: null, lastSuccessAt: EXAMPLE_TIME, deadLetters: [] },
    },
  });

export const TestEventResponse = z
  .object({
    outcome: z.enum(['sent', 'retry', 'rejected', 'dropped']).openapi({ description: 'What Ricochet makes of the answer, as for a real event.' }),
    reason: z.string().nullable(),
    message: z.string().nullable(),
    status: z.number().int().nullable().openapi({ description: 'The platform’s HTTP status; null when it did not answer.' }),
    answer: z.string().nullable().openapi({ description: 'The platform’s answer (at most 2,000 characters; credentials masked).' }),
    eventId: z.string().openapi({ description: 'The test events’ dedup id.' }),
  })
  .openapi('TestEventResult', { example: { outcome: 'sent', reason: null, message: null, status: 200, answer: '{"events_received":2,"fbtrace_id":"A1b2"}', eventId: EXAMPLE_IDS.click } });
