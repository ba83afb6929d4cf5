import { createHash } from 'node:crypto';
import { googleEmail, normalizeEmail, normalizePhone } from '../../core/conversions/identity.js';
import type { HashedUser } from '../../core/conversions/server-event.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A customer's identifiers hashed on arrival (docs/conversions.md "Privacy"): the plain address
 * and number exist only in the request; what is stored and sent is SHA-256 of the normalised
 * forms each platform asks for. `phone` must be E.164 (validated by the API schema).
 */
export function hashUser(input: { email?: string | undefined; phone?: string | undefined; customerId: string }): HashedUser {
  const phone = input.phone ? normalizePhone(input.phone) : null;
  return {
    emailSha256: input.email ? sha256(normalizeEmail(input.email)) : null,
    googleEmailSha256: input.email ? sha256(googleEmail(input.email)) : null,
    phoneSha256: phone ? sha256(phone.slice(1)) : null,
    e164PhoneSha256: phone ? sha256(phone) : null,
    externalId: input.customerId,
  };
}
