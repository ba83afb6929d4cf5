import { createHmac } from 'node:crypto';
import type { Random } from '../../core/ports.js';

/** Standard Webhooks' secret format: `whsec_` + base64 of the key bytes (24 to 64 of them; we make 32). */
const PREFIX = 'whsec_';
const SECRET_BYTES = 32;

/** A new signing secret, e.g. `whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw`. Shown once; stored sealed. */
export function newSigningSecret(random: Random): string {
  return PREFIX + Buffer.from(random.bytes(SECRET_BYTES)).toString('base64');
}

/** The first characters of a secret, to tell secrets apart in the dashboard without revealing them. */
export function secretHint(secret: string): string {
  return `${secret.slice(0, PREFIX.length + 4)}…`;
}

/**
 * The `webhook-signature` header (Standard Webhooks v1): for each secret, `v1,` + base64 of
 * HMAC-SHA256 over `<webhook-id>.<webhook-timestamp>.<body>`, joined by spaces. During a rotation's
 * overlap both the new and the previous secret sign, so a receiver that still has the old one
 * verifies as well as one that has the new one (docs/webhooks.md "Rotating the secret").
 * @example signatureHeader(['whsec_…'], 'msg_1', 1767225600, '{"type":"click",…}') // 'v1,K5oZ…='
 */
export function signatureHeader(secrets: readonly string[], id: string, timestampSeconds: number, body: string): string {
  const signed = `${id}.${timestampSeconds}.${body}`;
  return secrets
    .map((secret) => `v1,${createHmac('sha256', Buffer.from(secret.slice(PREFIX.length), 'base64')).update(signed).digest('base64')}`)
    .join(' ');
}

/** The three Standard Webhooks headers of one attempt. `now` is when it is sent (epoch ms). */
export function webhookHeaders(secrets: readonly string[], id: string, now: number, body: string): Record<string, string> {
  const timestamp = Math.floor(now / 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signatureHeader(secrets, id, timestamp, body),
  };
}
