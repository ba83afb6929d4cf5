import type { WebhookEventType } from '../../core/webhooks/events.js';

/** An endpoint as clients send it (the REST schemas and the CLI make this). On update, absent means unchanged. */
export interface WebhookInput {
  url: string;
  description?: string | null;
  events: WebhookEventType[];
  /** Only events about these links (or links with one of `tags`); both empty: every link. */
  linkIds?: string[];
  tags?: string[];
  enabled?: boolean;
}

export type WebhookPatch = Partial<WebhookInput>;

/** Most endpoints per workspace: every event is fanned out to each of them. */
export const MAX_ENDPOINTS_PER_WORKSPACE = 100;
/** How long the previous secret keeps signing after a rotation, unless the request says otherwise. */
export const DEFAULT_ROTATION_OVERLAP_HOURS = 24;
export const MAX_ROTATION_OVERLAP_HOURS = 168;
