import { z } from '@hono/zod-openapi';
import { isCurrency } from '../../../core/conversions/money.js';
import { normalizePhone } from '../../../core/conversions/identity.js';
import { EXAMPLE_IDS, EXAMPLE_TIME, timestamp } from './common.js';

const clickId = z
  .string()
  .regex(/^clk_[0-9a-z]{26}$/, 'A click id as the destination received it in `rc_click` (`clk_` and 26 characters).')
  .openapi({ description: 'The click id the destination received in `rc_click` (the tracking script keeps it in the `rc_click` cookie).', example: EXAMPLE_IDS.click });
const customerId = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^\u0000-\u001f]+$/, 'No control characters.')
  .openapi({ description: 'The customer’s id in your own system (not an e-mail address: use `email` for that, it is hashed on arrival).', example: 'cus_8812' });
const eventName = (fallback: string) =>
  z.string().min(1).max(64).regex(/^[A-Za-z][A-Za-z0-9_ .-]*$/, 'Letters, digits, `_`, `-`, `.` and spaces, starting with a letter.').optional().openapi({ description: `Your name for the event (default \`${fallback}\`); the platforms get their own standard lead/purchase event with it as a label.`, example: fallback });
const email = z
  .string()
  .max(320)
  .refine((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()), 'An e-mail address.')
  .optional().openapi({ description: 'The customer’s e-mail address: hashed (SHA-256) on arrival, never stored or sent in plain text; improves matching.', example: 'jane@example.com' });
const phone = z
  .string()
  .max(32)
  .refine((v) => normalizePhone(v) !== null, 'An E.164 number: `+`, country code and number (`+49 30 1234567`).')
  .optional()
  .openapi({ description: 'The customer’s phone in E.164: hashed on arrival, like `email`.', example: '+4930123456' });
const userAgent = z.string().max(512).optional().openapi({ description: 'The customer’s browser user agent, if you have it (Meta counts a conversion with one as a website event).' });

export const LeadBody = z
  .strictObject({ clickId, eventName: eventName('Lead'), customerId, email, phone, userAgent })
  .openapi('TrackLead', { example: { clickId: EXAMPLE_IDS.click, eventName: 'Sign up', customerId: 'cus_8812', email: 'jane@example.com' } });

export const SaleBody = z
  .strictObject({
    customerId,
    amount: z.number().int('Minor units (cents) as a whole number.').min(0).max(1e13).openapi({ description: 'In minor units of `currency` (cents): 1999 is 19.99 EUR.', example: 1999 }),
    currency: z.string().refine(isCurrency, 'An ISO 4217 currency code in capitals (`EUR`, `USD`).').openapi({ example: 'EUR' }),
    invoiceId: z.string().min(1).max(255).regex(/^[^\u0000-\u001f]+$/, 'No control characters.').openapi({ description: 'Your invoice or order id: a retry with the same one is recognised and not counted twice.', example: 'INV-2026-0042' }),
    eventName: eventName('Purchase'),
    clickId: clickId.optional().openapi({ description: 'The click to credit; by default the one of the customer’s latest lead.' }),
    email,
    phone,
    userAgent,
  })
  .openapi('TrackSale', { example: { customerId: 'cus_8812', amount: 1999, currency: 'EUR', invoiceId: 'INV-2026-0042' } });

const conversionFields = {
  id: z.string().openapi({ example: EXAMPLE_IDS.conversion }),
  kind: z.enum(['lead', 'sale']),
  eventName: z.string(),
  clickId: z.string(),
  linkId: z.string(),
  campaign: z.string().nullable().openapi({ description: 'The click’s `utm_campaign`.' }),
  customerId: z.string(),
  amount: z.number().int().nullable().openapi({ description: 'Minor units (sales).' }),
  currency: z.string().nullable(),
  invoiceId: z.string().nullable(),
  at: timestamp(),
};
const conversionExample = {
  id: EXAMPLE_IDS.conversion, kind: 'sale', eventName: 'Purchase', clickId: EXAMPLE_IDS.click, linkId: EXAMPLE_IDS.link, campaign: 'spring-sale',
  customerId: 'cus_8812', amount: 1999, currency: 'EUR', invoiceId: 'INV-2026-0042', at: EXAMPLE_TIME,
};

export const ConversionResponse = z.object(conversionFields).openapi('Conversion', { example: conversionExample });

export const TrackResponse = z
  .object({
    ...conversionFields,
    duplicate: z.boolean().openapi({ description: 'True when this repeated a conversion already tracked: nothing new was stored or sent.' }),
    forwardedTo: z.array(z.string()).openapi({ description: 'Pixels the conversion was queued for as a server-side event (the click’s pixels that fired, with server-side events set up).' }),
  })
  .openapi('TrackResult', { example: { ...conversionExample, duplicate: false, forwardedTo: [EXAMPLE_IDS.pixel] } });
