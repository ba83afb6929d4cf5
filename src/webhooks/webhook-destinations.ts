/**
 * Webhook endpoints as destinations of the delivery engine (docs/delivery.md, docs/webhooks.md
 * "Delivery"): the engine keeps the outbox, the lanes, the claims and the circuit breakers; this
 * file makes one signed attempt per message and turns its result into the engine's outcome, the
 * delivery log entry and the endpoint's state.
 *
 * - 2xx: sent. If the endpoint was failing, the failing spell ends and every message waiting for a
 *   later retry is made due now (a receiver back after an outage gets its backlog at once).
 * - 410: the endpoint is turned off (`gone`); what waits for it is dropped.
 * - An address the rules refuse: `refused`, and retried like a failure (DNS may change back).
 * - Anything else: retried on WEBHOOK_RETRY_SCHEDULE (with `Retry-After` as a floor), given up
 *   after its last step; an endpoint with no success for WEBHOOK_DISABLE_AFTER_HOURS is turned off
 *   (`failing`) and the workspace is told.
 */
import type { Dispatcher } from 'undici';
import { webhookHeaders } from '../app/webhooks/signing-secret.js';
import type { WebhookConfig } from '../config.js';
import { dropped, retry, sent, type DeliveryOutcome, type RetryReason } from '../core/delivery/outcome.js';
import { newId } from '../core/ids.js';
import type { Random } from '../core/ports.js';
import type { DisabledReason } from '../core/webhooks/endpoint.js';
import { retryDelay, scheduleSpan } from '../core/webhooks/retry-schedule.js';
import type { Delivery, Destination, DestinationDirectory } from '../delivery/port.js';
import type { OutboxStore } from '../storage/outbox-store.js';
import type { LogEntry, LogOutcome, WebhookLogStore } from '../storage/webhook-log-store.js';
import type { WebhookStore } from '../storage/webhook-store.js';
import { WEBHOOK_PREFIX, type WebhookDeliveryPayload } from './queue-messages.js';
import { sendWebhook, type AttemptResult } from './send-webhook.js';

/** An endpoint Ricochet turned off, for the `webhook.disabled` log line (on the event loop). */
export interface DisabledNotice {
  workspaceId: string;
  webhookId: string;
  reason: Exclude<DisabledReason, 'manual'>;
}

export interface WebhookDirectoryDeps {
  webhooks: Pick<WebhookStore, 'byId' | 'signingSecrets' | 'markFailing' | 'markRecovered' | 'disable'>;
  log: Pick<WebhookLogStore, 'messages' | 'append'>;
  outbox: Pick<OutboxStore, 'dueNow'>;
  agent: Dispatcher;
  config: Pick<WebhookConfig, 'timeoutMs' | 'retrySchedule' | 'disableAfterMs'>;
  random: Random;
  now(): number;
  onDisabled(notice: DisabledNotice): void;
}

/** Messages of one endpoint a batch sends side by side (the engine runs up to 4 batches per lane). */
export const MESSAGES_AT_ONCE = 8;

export function webhookDirectory(deps: WebhookDirectoryDeps): DestinationDirectory {
  const schedule = deps.config.retrySchedule;
  // Past its schedule (jitter included) a delivery is given up by `send`; this only catches rows
  // that could not be tried at all for that long (a breaker open for days, a database away).
  const maxKeepMs = Math.round(scheduleSpan(schedule) * 1.2) + 86_400_000;
  return {
    prefix: WEBHOOK_PREFIX,
    async resolve(key) {
      const id = key.slice(WEBHOOK_PREFIX.length);
      // Deleted: whatever waits for it is dropped. Off: test events and redeliveries still go (see `send`).
      if (!(await deps.webhooks.byId(id))) return null;
      const destination: Destination = {
        key,
        label: 'webhook',
        // One message per request (that is what receivers verify, Standard Webhooks); a batch of
        // the engine is up to this many of them sent side by side.
        maxBatch: MESSAGES_AT_ONCE,
        maxAgeMs: null,
        maxKeepMs,
        retryDelayMs: (attempts, retryAfterMs, random) => retryDelay({ schedule, failures: attempts, random, retryAfterMs }) ?? 0,
        send: async (batch) => ({ outcomes: await Promise.all(batch.map((d) => attempt(deps, id, d))) }),
      };
      return destination;
    },
  };
}

async function attempt(deps: WebhookDirectoryDeps, endpointId: string, delivery: Delivery): Promise<DeliveryOutcome> {
  const { messageId, trigger } = delivery.payload as WebhookDeliveryPayload;
  const endpoint = await deps.webhooks.byId(endpointId);
  if (!endpoint) return dropped('destination_gone');
  if (!endpoint.enabled && trigger === 'scheduled') return dropped('destination_gone', 'the endpoint is off');
  const message = (await deps.log.messages([messageId])).get(messageId);
  if (!message) return dropped('destination_gone', 'the message is no longer stored');
  const secrets = (await deps.webhooks.signingSecrets(endpointId, deps.now())) ?? [];
  if (secrets.length === 0) return dropped('destination_gone');

  const result = await sendWebhook(deps.agent, { url: endpoint.url, headers: webhookHeaders(secrets, message.id, deps.now(), message.body), body: message.body, timeoutMs: deps.config.timeoutMs }, deps.now);
  const now = deps.now();
  const number = delivery.attempts + 1;
  const entry = (outcome: LogOutcome): LogEntry => ({
    id: newId('webhookLog', now, deps.random),
    workspaceId: endpoint.workspaceId,
    endpointId,
    messageId,
    type: message.type,
    trigger,
    attempt: number,
    outcome,
    status: result.status,
    latencyMs: result.latencyMs,
    response: result.response,
    error: result.error,
    at: now,
  });
  const key = `${WEBHOOK_PREFIX}${endpointId}`;

  if (result.kind === 'ok') {
    await deps.log.append([entry('sent')]);
    if (endpoint.failingSince !== null && (await deps.webhooks.markRecovered(endpointId))) await deps.outbox.dueNow(key, now);
    return sent();
  }
  if (result.status === 410) {
    await deps.log.append([entry('failed')]);
    await turnOff(deps, endpointId, 'gone', now);
    return dropped('destination_gone', 'the receiver answered 410 Gone');
  }
  // A test event or a redelivery to an endpoint that is off is one attempt: nothing keeps it going.
  const lastTry = !endpoint.enabled || retryDelay({ schedule: deps.config.retrySchedule, failures: number, random: 0 }) === null;
  await deps.log.append([entry(lastTry ? 'gave_up' : result.kind === 'refused' ? 'refused' : 'failed')]);
  if (endpoint.enabled) {
    const since = await deps.webhooks.markFailing(endpointId, now);
    if (since !== null && now - since >= deps.config.disableAfterMs) {
      await turnOff(deps, endpointId, 'failing', now);
      return dropped('destination_gone', result.error ?? 'failing');
    }
  }
  const message_ = result.error ?? 'failed';
  if (lastTry) return dropped('retries_exhausted', message_);
  return retry(reasonOf(result), message_, result.retryAfterMs);
}

/**
 * Turn the endpoint off once (two nodes may both see it fail), record it in its log and tell the
 * event loop. What still waits for it is dropped as the engine reaches it (`attempt` above).
 */
async function turnOff(deps: WebhookDirectoryDeps, endpointId: string, reason: DisabledNotice['reason'], now: number): Promise<void> {
  const off = await deps.webhooks.disable(endpointId, reason, now);
  if (!off) return;
  await deps.log.append([
    {
      id: newId('webhookLog', now, deps.random),
      workspaceId: off.workspaceId,
      endpointId,
      messageId: null,
      type: 'webhook.disabled',
      trigger: 'scheduled',
      attempt: 0,
      outcome: 'disabled',
      status: null,
      latencyMs: null,
      response: null,
      error: reason === 'gone' ? 'the receiver answered 410 Gone' : 'no delivery succeeded for WEBHOOK_DISABLE_AFTER_HOURS',
      at: now,
    },
  ]);
  deps.onDisabled({ workspaceId: off.workspaceId, webhookId: endpointId, reason });
}

function reasonOf(result: AttemptResult): RetryReason {
  if (result.kind === 'timeout') return 'timeout';
  if (result.kind === 'network') return 'network';
  if (result.status === 429) return 'rate_limited';
  return 'server_error';
}
