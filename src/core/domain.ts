export interface Domain {
  id: string;
  workspaceId: string;
  /** The canonical hostname (src/core/hostname.ts): lower case, punycode, no trailing dot, no port. */
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
