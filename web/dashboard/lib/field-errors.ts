/**
 * API error `details` → per-field messages. The API reports a field two ways:
 * `{ field: 'slug' }` (use-case errors, e.g. SLUG_TAKEN, URL_UNSAFE with `rules[2].url`) and
 * `{ issues: [{ path: 'rules.2.url', message }] }` (schema validation). Both become dotted paths
 * (`rules.2.url`). Pure.
 */

export type FieldErrors = Record<string, string>;

export function normalisePath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/** Strip a leading `field: ` the API puts in messages, since the UI shows them next to the field. */
function stripFieldPrefix(message: string, field: string): string {
  const prefixes = [field, field.replace(/\.(\d+)/g, '[$1]')];
  for (const p of prefixes) if (message.startsWith(p + ': ')) return message.slice(p.length + 2);
  return message;
}

export function fieldErrorsOf(error: { message: string; details?: unknown }): FieldErrors {
  const out: FieldErrors = {};
  const details = error.details as { field?: unknown; issues?: unknown } | null | undefined;
  if (details && typeof details === 'object') {
    if (typeof details.field === 'string') {
      const field = normalisePath(details.field);
      out[field] = stripFieldPrefix(error.message, field);
    }
    if (Array.isArray(details.issues)) {
      for (const issue of details.issues as Array<{ path?: unknown; message?: unknown }>) {
        if (typeof issue?.path !== 'string' || typeof issue.message !== 'string') continue;
        const field = normalisePath(issue.path);
        if (field && field !== '(root)' && !(field in out)) out[field] = issue.message;
      }
    }
  }
  return out;
}

/** The first message for `field` or anything below it (`rules.0` matches `rules.0.when.country`). */
export function errorFor(errors: FieldErrors, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const key = Object.keys(errors).find((k) => k.startsWith(field + '.'));
  return key ? errors[key] : undefined;
}
