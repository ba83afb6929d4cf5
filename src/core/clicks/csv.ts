/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Values a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the start) get a leading
 * `'` (OWASP "CSV injection"): referrers and UTM values come from strangers.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: ReadonlyArray<string | number | null>): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
