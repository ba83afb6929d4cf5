/**
 * The slice of a request's headers the pure request helpers read. Both shapes the HTTP layer
 * has at hand fit: a WHATWG `Headers` (Hono's `c.req.raw.headers`) and a plain record such as
 * Node's `IncomingHttpHeaders` (lower-case keys, repeated headers as arrays).
 */
export type HeaderBag =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * One header's value, repeated fields joined with `, ` (RFC 9110 §5.3), or null when absent.
 *
 * @example readHeader(new Headers({ 'Sec-GPC': '1' }), 'sec-gpc') // '1'
 * @example readHeader({ purpose: ['a', 'b'] }, 'Purpose')          // 'a, b'
 */
export function readHeader(headers: HeaderBag, name: string): string | null {
  const lower = name.toLowerCase();
  if (typeof headers.get === 'function') {
    return (headers as { get(name: string): string | null }).get(lower);
  }
  const value = (headers as Readonly<Record<string, string | readonly string[] | undefined>>)[lower];
  if (value === undefined) return null;
  return typeof value === 'string' ? value : value.join(', ');
}
