/**
 * A sale's amount travels in minor units (cents) as an integer, so no float ever rounds it; the
 * platforms want major units. How many minor units a currency has comes from ISO 4217 through
 * `Intl` (JPY 0, EUR 2, KWD 3).
 * @example majorUnits(1999, 'EUR') // 19.99
 */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function majorUnits(amount: number, currency: string): number {
  return amount / 10 ** minorDigits(currency);
}

/** The same as a decimal string without float noise (`'19.99'`), for APIs that take strings. */
export function majorUnitsText(amount: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(amount);
  const sign = amount < 0 ? '-' : '';
  const text = String(Math.abs(amount)).padStart(digits + 1, '0');
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Whether `code` is an ISO 4217 currency this runtime knows. */
export function isCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && (Intl.supportedValuesOf?.('currency') ?? []).includes(code);
}
