/**
 * Table shapes, shared by both engines. Times are epoch milliseconds (`bigint` columns, read as
 * JS numbers), booleans are 0/1 integers and structured fields are JSON text, so SQLite and
 * PostgreSQL return identical rows and no code branches on the engine to read them.
 */
import type { Generated } from 'kysely';

export interface WorkspacesTable {
  id: string;
  name: string;
  consent_policy: string;
  consent_opt_in_action: string;
  privacy_policy_url: string | null;
  time_zone: string;
  created_at: number;
  updated_at: number;
}

export interface ApiKeysTable {
  id: string;
  workspace_id: string;
  name: string;
  role: string;
  /** SHA-256 hex of the secret; the secret itself is never stored. */
  key_hash: string;
  /** First characters of the secret, to tell keys apart in a list. */
  key_prefix: string;
  created_at: number;
  last_used_at: number | null;
}

export interface DomainsTable {
  id: string;
  workspace_id: string;
  hostname: string;
  not_found_url: string | null;
  created_at: number;
}

export interface PixelsTable {
  id: string;
  workspace_id: string;
  platform: string;
  tag_id: string;
  name: string;
  is_default: number;
  /** `platform:tag id` in lower case, unique per workspace; NULL only on duplicates made before migration 0004. */
  tag_key: string | null;
  created_at: number;
  updated_at: number;
}

export interface LinksTable {
  id: string;
  workspace_id: string;
  /** `''` is the default domain. */
  domain: string;
  slug: string;
  url: string;
  /** The client's own id, unique per workspace. */
  external_id: string | null;
  title: string | null;
  tags: string;
  redirect_type: number;
  forward_query: number;
  expires_at: number | null;
  expired_url: string | null;
  max_clicks: number | null;
  limit_url: string | null;
  password_hash: string | null;
  rules: string;
  consent: string | null;
  event: string | null;
  og: string | null;
  /** Human clicks so far, maintained by the click writer. */
  clicks: Generated<number>;
  created_at: number;
  updated_at: number;
}

export interface LinkPixelsTable {
  link_id: string;
  pixel_id: string;
}

export interface LinkTagsTable {
  link_id: string;
  workspace_id: string;
  tag: string;
}

export interface ClicksTable {
  id: string;
  workspace_id: string;
  link_id: string;
  domain: string;
  at: number;
  country: string | null;
  device: string;
  os: string | null;
  browser: string | null;
  referrer_host: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  utm_term: string | null;
  utm_content: string | null;
  /** Names of the ad click ids present, comma-separated (`fbclid,gclid`); never their values. */
  click_ids: string;
  bot: number;
  consent: string;
  /** Pixel ids the interstitial was told to fire, comma-separated. */
  pixels_fired: string;
  /** Pixel ids whose hit the interstitial saw leave the browser; null until its beacon arrives. */
  pixels_confirmed: string | null;
  visitor_hash: string;
}

export interface RollupsTable {
  workspace_id: string;
  /** `''` for workspace-wide rows. */
  link_id: string;
  /** Start of the hour (rollups_hour) or UTC day (rollups_day), epoch ms. */
  bucket: number;
  dim: string;
  value: string;
  clicks: number;
  humans: number;
  bots: number;
  uniques: number;
}

export interface DailyVisitorsTable {
  workspace_id: string;
  link_id: string;
  /** UTC day number (epoch ms / 86 400 000). */
  day: number;
  visitor_hash: string;
}

export interface PixelVisitorsTable {
  workspace_id: string;
  pixel_id: string;
  day: number;
  visitor_hash: string;
  hits: number;
}

export interface SaltsTable {
  day: number;
  salt: string;
  created_at: number;
}

export interface Schema {
  workspaces: WorkspacesTable;
  api_keys: ApiKeysTable;
  domains: DomainsTable;
  pixels: PixelsTable;
  links: LinksTable;
  link_pixels: LinkPixelsTable;
  link_tags: LinkTagsTable;
  clicks: ClicksTable;
  rollups_hour: RollupsTable;
  rollups_day: RollupsTable;
  daily_visitors: DailyVisitorsTable;
  pixel_visitors: PixelVisitorsTable;
  salts: SaltsTable;
}
