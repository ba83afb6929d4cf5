export interface Domain {
  id: string;
  workspaceId: string;
  /** The canonical hostname (src/core/hostname.ts): lower case, punycode, no trailing dot, no port. */
  hostname: string;
  /** Where unknown slugs on this domain go; a 404 page when null. */
  notFoundUrl: string | null;
  createdAt: number;
}
