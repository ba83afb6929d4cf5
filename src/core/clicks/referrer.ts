/**
 * The referrer's host only: the path and query of the page a visitor came from can carry
 * personal data (search terms, ids), so they are never kept.
 * @example referrerHost('https://www.Google.com/search?q=x') // 'www.google.com'
 */
export function referrerHost(referer: string | undefined | null): string | null {
  if (!referer) return null;
  // An IPv6 literal keeps its brackets (`[2001:db8::1]`); otherwise the host ends at `:port`.
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[0-9a-f:.]+\]|[^/?#:[\]]+)/i.exec(referer);
  const host = match?.[1]?.toLowerCase() ?? null;
  return host && host.length <= 253 ? host : null;
}
