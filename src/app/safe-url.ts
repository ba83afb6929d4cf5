import { AppError } from '../core/errors.js';
import { checkDestinationUrl } from '../core/url-safety.js';

/**
 * A URL a visitor may be sent to, normalised, or `URL_UNSAFE` naming the field and the reason.
 * @example safeUrlOrThrow('notFoundUrl', 'javascript:x') // throws URL_UNSAFE, details { field, reason: 'scheme' }
 */
export function safeUrlOrThrow(field: string, value: string): string {
  const result = checkDestinationUrl(value);
  if (!result.ok) throw new AppError('URL_UNSAFE', `${field}: ${result.message}`, { field, reason: result.problem });
  return result.url;
}
