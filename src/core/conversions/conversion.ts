/**
 * A lead or a sale (docs/conversions.md "Conversion tracking"), attributed to the click that
 * brought the customer, its link and its campaign (the click's `utm_campaign`).
 */
export const CONVERSION_KINDS = ['lead', 'sale'] as const;
export type ConversionKind = (typeof CONVERSION_KINDS)[number];

export interface Conversion {
  id: string;
  workspaceId: string;
  kind: ConversionKind;
  eventName: string;
  /** What makes a retry idempotent: the invoice id of a sale; the event name and customer of a lead. */
  dedupKey: string;
  clickId: string;
  linkId: string;
  campaign: string | null;
  /** The customer's id in the merchant's own system. */
  customerId: string;
  emailHash: string | null;
  phoneHash: string | null;
  /** Minor units (cents); sales only. */
  amount: number | null;
  currency: string | null;
  invoiceId: string | null;
  at: number;
}

/** `<event>|<customer>`: event names cannot hold `|` (the API schema), so the pair is unambiguous. */
export const leadKey = (eventName: string, customerId: string): string => `${eventName}|${customerId}`;

/** Whether a retried sale says the same as the stored one (same invoice, same customer, amount and currency). */
export function sameSale(a: Pick<Conversion, 'customerId' | 'amount' | 'currency'>, b: Pick<Conversion, 'customerId' | 'amount' | 'currency'>): boolean {
  return a.customerId === b.customerId && a.amount === b.amount && a.currency === b.currency;
}
