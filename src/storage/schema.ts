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
  /** 1: new links track conversions unless they say otherwise (migration 0006). */
  conversion_tracking: Generated<number>;
  /** The consent prompt's accent colour, `#rrggbb`; null = Ricochet's. */
  brand_color: string | null;
  /** An https image shown on the consent prompt. */
  logo_url: string | null;
  /** The consent prompt's language; null = the visitor's (Accept-Language). */
  prompt_language: string | null;
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
  /** Where the bare domain (`https://go.example.com/`) goes. */
  root_url: string | null;
  /** What the domain must serve back at `/_r/domain-check` to prove it reaches this Ricochet. */
  verify_token: string;
  verified_at: number | null;
  checked_at: number | null;
  check_error: string | null;
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
  /** 1: a plain redirect, pixels only as server-side events (migration 0006). */
  server_only: Generated<number>;
  /** 1/0: append the click id to the destination; null: the workspace's default. */
  conversion_tracking: Generated<number | null>;
  folder_id: string | null;
  /** Human clicks so far, maintained by the click writer. */
  clicks: Generated<number>;
  created_at: number;
  updated_at: number;
}

export interface FoldersTable {
  id: string;
  workspace_id: string;
  name: string;
  /** Lower-cased name: unique per workspace. */
  name_key: string;
  created_at: number;
  updated_at: number;
}

export interface TagColorsTable {
  workspace_id: string;
  tag: string;
  color: string;
}

export interface UtmTemplatesTable {
  id: string;
  workspace_id: string;
  name: string;
  /** JSON `{source?, medium?, campaign?, term?, content?}`. */
  utm: string;
  created_at: number;
  updated_at: number;
}

export interface SavedViewsTable {
  id: string;
  workspace_id: string;
  name: string;
  /** `links` or `analytics`. */
  screen: string;
  /** The screen's filter as a query string (`q=shoes&tag=spring`). */
  query: string;
  created_at: number;
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

/**
 * One row per click (analytics v2, migration 0003): append-only and narrow. Keyed for the reads
 * it serves: export by workspace and time (`id` is time-sortable, so the key is also time order
 * within a workspace), and a click by its id (conversions, with the workspace known; the beacon,
 * through a partial index on the rows that can receive one). No IP, no user agent, no visitor
 * value of any kind.
 */
export interface ClicksTable {
  workspace_id: string;
  id: string;
  link_id: string;
  at: number;
  /** ISO country, null when unknown. */
  country: string | null;
  /** Index into DEVICE_TYPES (src/core/link.ts). */
  device: number;
  os: string | null;
  browser: string | null;
  referrer_host: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  utm_term: string | null;
  utm_content: string | null;
  /** Bit set over CLICK_ID_PARAMS of the ad click ids present (names, never values). */
  click_ids: number;
  bot: number;
  /** Index into CONSENT_OUTCOMES (src/core/consent/consent-decision.ts). */
  consent: number;
  /**
   * Every pixel consent was decided for, with its outcome, as `pixelId:code` joined by `,`; the
   * code indexes PIXEL_OUTCOMES (`0` = fired). `''` for bots and links without pixels.
   */
  pixels: string;
  /** Pixel ids whose hit the interstitial saw leave the browser; null until its beacon arrives. */
  pixels_confirmed: string | null;
  /** 1 when the click got the interstitial (a beacon may confirm it): the partial index covers these. */
  beacon: number;
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
  /** On `total` rows: visitors new for their UTC day in the bucket, as the sketches grew (see docs/analytics.md). */
  uniques: number;
}

/**
 * Distinct-visitor sketches (src/core/clicks/visitor-sketch.ts): one row per scope (a link, a
 * pixel, or a workspace as a whole: its id), UTC day, salt generation and writing node. A node
 * only ever replaces its own rows; readers merge every node's rows.
 */
export interface VisitorSketchesTable {
  scope: string;
  workspace_id: string;
  day: number;
  generation: number;
  node: string;
  registers: Uint8Array;
  updated_at: number;
}

/** The random keys visitor hashes are made with, one per generation (src/ingest/visitor-keys.ts). */
export interface VisitorSaltsTable {
  generation: number;
  salt: string;
  created_at: number;
}

/** A pixel's server-side delivery (migration 0006, docs/conversions.md). */
export interface PixelServersTable {
  pixel_id: string;
  workspace_id: string;
  enabled: number;
  /** JSON of the platform's plain settings (account ids, conversion actions, test code). */
  settings: string;
  /** JSON of the platform's credentials, sealed under the secrets key (src/app/secrets/secret-box.ts). */
  secrets: string;
  /** JSON: credential name → masked hint (`••••abcd`), what the API shows. */
  secret_hints: string;
  created_at: number;
  updated_at: number;
}

/** The delivery engine's durable queue (src/delivery/, docs/delivery.md): every row is waiting. */
export interface OutboxTable {
  /** Ever-growing: the smallest id is the oldest waiting delivery. */
  id: Generated<number>;
  destination: string;
  workspace_id: string;
  payload: string;
  /** Sealed under the writing process's memory key (src/delivery/memory-seal.ts); never plain. */
  sealed: string | null;
  /** The process that queued it (its memory key can open `sealed`). */
  node: string;
  attempts: number;
  next_at: number;
  /** A claim by a sender lasts until then (0 = unclaimed). */
  claimed_until: number;
  created_at: number;
  event_at: number;
  last_error: string | null;
}

/** Deliveries a receiver refused (dead letters), with its message; kept a week. */
export interface OutboxDeadTable {
  id: number;
  destination: string;
  workspace_id: string;
  reason: string;
  message: string;
  /** When it was queued. */
  created_at: number;
  dead_at: number;
}

/** Counters per destination: `pending`, `sent`, `retried`, `rejected`/`dropped` by reason. */
export interface DeliveryCountsTable {
  destination: string;
  outcome: string;
  reason: string;
  n: number;
}

export interface DeliveryStatusTable {
  destination: string;
  last_error: string | null;
  last_error_reason: string | null;
  last_error_at: number | null;
  last_success_at: number | null;
}

/** Ad click ids' values of a click that may convert, kept for the attribution window. */
export interface ClickAttributionTable {
  workspace_id: string;
  click_id: string;
  at: number;
  /** JSON: click-id name → value (`{"fbclid":"IwAR…"}`). */
  click_ids: string;
}

/** A lead or a sale (docs/conversions.md). */
export interface ConversionsTable {
  workspace_id: string;
  id: string;
  kind: 'lead' | 'sale';
  event_name: string;
  /** What makes a retry idempotent: the invoice id of a sale, `<event>:<customer>` of a lead. */
  dedup_key: string;
  click_id: string;
  link_id: string;
  campaign: string | null;
  customer_id: string;
  /** SHA-256 of the normalised address / number (hashed on arrival, never stored plain). */
  email_hash: string | null;
  phone_hash: string | null;
  /** Minor units (cents). */
  amount: number | null;
  currency: string | null;
  invoice_id: string | null;
  at: number;
}

/** A webhook endpoint (migration 0008, docs/webhooks.md). */
export interface WebhookEndpointsTable {
  id: string;
  workspace_id: string;
  /** Sealed under the secrets key: a webhook URL is often a credential itself. */
  url: string;
  description: string | null;
  /** JSON array of event types. */
  events: string;
  /** JSON arrays: the link and tag filter (both empty: every link). */
  link_ids: string;
  tags: string;
  enabled: number;
  disabled_reason: string | null;
  disabled_at: number | null;
  failing_since: number | null;
  /** The signing secret (`whsec_…`), sealed. */
  secret: string;
  /** Its first characters, to tell secrets apart. */
  secret_hint: string;
  /** The secret before the last rotation, sealed, kept until `previous_secret_until`. */
  previous_secret: string | null;
  previous_secret_until: number | null;
  created_at: number;
  updated_at: number;
}

/** A message made for one endpoint: its body exactly as signed (retries and redeliveries send it again). */
export interface WebhookMessagesTable {
  /** `msg_…`: the `webhook-id` header. */
  id: string;
  workspace_id: string;
  endpoint_id: string;
  type: string;
  body: string;
  event_at: number;
  created_at: number;
}

/** The delivery log: one row per attempt, and one when an endpoint is turned off. */
export interface WebhookLogTable {
  id: string;
  workspace_id: string;
  endpoint_id: string;
  /** Null for entries about the endpoint itself (`webhook.disabled`). */
  message_id: string | null;
  type: string;
  /** `scheduled`, `manual` (a redelivery), `test`. */
  trigger: string;
  attempt: number;
  outcome: string;
  status: number | null;
  latency_ms: number | null;
  /** The first bytes of the response body (at most 1 KB). */
  response: string | null;
  error: string | null;
  at: number;
}

/** Human clicks waiting to become `click` messages: JSON `{ workspaceId: [clickId, …] }`. */
export interface WebhookClickSpoolTable {
  id: string;
  clicks: string;
  created_at: number;
}

/** "Already told": one row per event that fires once per occasion. */
export interface WebhookMilestonesTable {
  subject: string;
  kind: string;
  workspace_id: string;
  at: number;
}

/** Who did what to which object of a workspace, when (issue 17; src/app/audit). */
export interface AuditEventsTable {
  workspace_id: string;
  /** Time-sortable (`aud_…`): newest first is a range scan of the key. */
  id: string;
  at: number;
  /** `key` (an API key), `user` (a dashboard account, where accounts exist), `cli`, `system`. */
  actor_type: string;
  actor_id: string | null;
  /** The key's name when the event happened (keys can be deleted later). */
  actor_name: string | null;
  /** `link.create`, `domain.delete`, … (AUDIT_ACTIONS in src/core/audit.ts). */
  action: string;
  target_type: string;
  target_id: string | null;
  /** JSON: which fields changed, a slug, a role; never a secret or a value that could be one. */
  details: string | null;
}

/** A link whose password form is locked (src/app/links/password-guard.ts). */
export interface PasswordLockoutsTable {
  link_id: string;
  workspace_id: string;
  failures: number;
  locked_at: number;
  locked_until: number;
}

export interface Schema {
  workspaces: WorkspacesTable;
  api_keys: ApiKeysTable;
  domains: DomainsTable;
  pixels: PixelsTable;
  links: LinksTable;
  link_pixels: LinkPixelsTable;
  folders: FoldersTable;
  tag_colors: TagColorsTable;
  utm_templates: UtmTemplatesTable;
  saved_views: SavedViewsTable;
  link_tags: LinkTagsTable;
  clicks: ClicksTable;
  rollups_hour: RollupsTable;
  rollups_day: RollupsTable;
  visitor_sketches: VisitorSketchesTable;
  visitor_salts: VisitorSaltsTable;
  pixel_servers: PixelServersTable;
  outbox: OutboxTable;
  outbox_dead: OutboxDeadTable;
  delivery_counts: DeliveryCountsTable;
  delivery_status: DeliveryStatusTable;
  click_attribution: ClickAttributionTable;
  conversions: ConversionsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_messages: WebhookMessagesTable;
  webhook_log: WebhookLogTable;
  webhook_click_spool: WebhookClickSpoolTable;
  webhook_milestones: WebhookMilestonesTable;
  audit_events: AuditEventsTable;
  password_lockouts: PasswordLockoutsTable;
}
