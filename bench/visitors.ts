import type { Request } from 'autocannon';

/**
 * Load that looks like real traffic to the redirect path: every request from another visitor.
 * Visitor n gets a public-looking IPv4 address (distinct for n < 2^24: the low three octets are
 * n's bits), sent as `X-Forwarded-For` (the servers run with TRUST_PROXY=true), and one of
 * several current browser user agents. The addresses exist only as header text on loopback
 * connections: nothing is ever sent to them.
 */

export const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
] as const;

/** First octets of public unicast space (no 0, 10, 100, 127, 169, 172, 192, ≥ 224). */
const FIRST_OCTETS = Array.from({ length: 223 }, (_, i) => i + 1).filter((o) => ![10, 100, 127, 169, 172, 192].includes(o));

export function visitorAddress(n: number): string {
  const first = FIRST_OCTETS[(n >>> 24) % FIRST_OCTETS.length] as number;
  return `${first}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

export function visitorHeaders(n: number): Record<string, string> {
  return { 'x-forwarded-for': visitorAddress(n), 'user-agent': USER_AGENTS[n % USER_AGENTS.length] as string };
}

/**
 * An autocannon `requests` entry sending `path` (or `path(n)`) from visitor `offset + n` for the
 * n-th request: every request a visitor of its own. `count()` tells how many were built.
 */
export function everyRequestAnotherVisitor(path: string | ((n: number) => string), offset = 0): { count(): number; request: Request } {
  let n = 0;
  return {
    count: () => n,
    request: {
      setupRequest: (req: Request): Request => {
        const i = offset + n++;
        return { ...req, method: 'GET', path: typeof path === 'string' ? path : path(i), headers: visitorHeaders(i) };
      },
    },
  };
}
