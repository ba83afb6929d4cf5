import type { ConsentOverride } from '../../core/consent/settings.js';
import type { OpenGraph, RedirectType, RoutingRule } from '../../core/link.js';
import type { UtmPatch } from '../../core/link-utm.js';

/**
 * A link as clients send it (the REST schemas and the CSV importer produce this). On update,
 * an absent field means "unchanged" and `null` means "clear".
 */
export interface LinkInput {
  url: string;
  slug?: string;
  /** Hostname of a registered custom domain; absent or the default host → the default domain. */
  domain?: string;
  /** The client's own id, unique per workspace; `null` clears it on update. */
  externalId?: string | null;
  title?: string | null;
  tags?: string[];
  /** Absent → the workspace's default pixels. */
  pixelIds?: string[];
  /** Written into the destination's query string (`utm_source`, …); `null` removes one, or all. */
  utm?: UtmPatch | null;
  redirectType?: RedirectType;
  forwardQuery?: boolean;
  /** ISO 8601. */
  expiresAt?: string | null;
  expiredUrl?: string | null;
  maxClicks?: number | null;
  limitUrl?: string | null;
  password?: string | null;
  rules?: RoutingRule[];
  consent?: ConsentOverride | null;
  event?: { name?: string; params?: Record<string, string> } | null;
  og?: OpenGraph | null;
  serverOnly?: boolean;
  /** `null`: the workspace's setting. */
  conversionTracking?: boolean | null;
}

export type LinkPatch = Partial<LinkInput>;
