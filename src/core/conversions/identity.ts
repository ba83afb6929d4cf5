/**
 * Normalising customer identifiers before they are hashed (the hashing itself is I/O-free but
 * needs `node:crypto`, so it happens in src/app/conversions/hash-user.ts). The platforms agree on
 * e-mail: trimmed and lower-cased; Google also drops the dots of a gmail.com local part. Phone
 * numbers arrive in E.164 (`+` country code and number); Meta, TikTok and the others hash the
 * digits only, Google the E.164 form.
 * @example normalizeEmail(' Jane.Doe@Example.com ') // 'jane.doe@example.com'
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function googleEmail(email: string): string {
  const normal = normalizeEmail(email);
  const at = normal.lastIndexOf('@');
  const domain = normal.slice(at + 1);
  if (at < 0 || (domain !== 'gmail.com' && domain !== 'googlemail.com')) return normal;
  return `${normal.slice(0, at).replace(/\./g, '')}@${domain}`;
}

/** `+49 30 1234-5678` → `+493012345678`, or null when it is not a plausible E.164 number. */
export function normalizePhone(phone: string): string | null {
  const compact = phone.replace(/[\s().-]/g, '');
  return /^\+[1-9]\d{6,14}$/.test(compact) ? compact : null;
}
