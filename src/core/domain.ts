export interface Domain {
  id: string;
  workspaceId: string;
  /** Lower-case, punycode, may carry a port (`links.example.com`, `localhost:8080`). */
  hostname: string;
  /** Where unknown slugs on this domain go; a 404 page when null. */
  notFoundUrl: string | null;
  /** Where the bare domain (`https://go.example.com/`) goes; null = this server's home page. */
  rootUrl: string | null;
  /** What the domain must serve back at `/_r/domain-check` to prove it reaches this Ricochet. */
  verifyToken: string;
  verifiedAt: number | null;
  checkedAt: number | null;
  /** Why the last check failed, in words for people. */
  checkError: string | null;
  createdAt: number;
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Normalise and check a hostname for a custom domain: lower-case, IDN → punycode, optional port.
 * Returns null when it is not a plausible DNS name (IP literals are allowed for self-hosters
 * testing without DNS).
 */
export function normaliseHostname(input: string): string | null {
  const trimmed = input.trim().toLowerCase().replace(/\.$/, '');
  if (trimmed.length === 0 || trimmed.length > 259 || /[/?#@\s\\]/.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(`http://${trimmed}`);
  } catch {
    return null;
  }
  const host = url.hostname;
  if (host.length > 253) return null; // RFC 1035: a name is at most 253 characters in text form
  if (!host.startsWith('[')) {
    const labels = host.split('.');
    if (labels.length < 1 || labels.some((l) => !LABEL.test(l))) return null;
  }
  return url.port ? `${host}:${url.port}` : host;
}
