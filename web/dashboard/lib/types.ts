/**
 * The API's JSON shapes, inferred from the server's own zod schemas (type-only imports: esbuild
 * erases them, so no zod reaches the bundle). When the lead changes a schema, the dashboard's
 * type check fails instead of the dashboard silently drifting.
 */
import type { z } from '@hono/zod-openapi';
import type { ApiKeyCreated, ApiKeyResponse } from '../../../src/http/api/schemas/api-key-schemas.js';
import type { DomainCheckResponse, DomainResponse } from '../../../src/http/api/schemas/domain-schemas.js';
import type { FolderResponse, UtmTemplateResponse, ViewResponse } from '../../../src/http/api/schemas/organisation-schemas.js';
import type { TagResponse } from '../../../src/http/api/schemas/tag-schemas.js';
import type { BulkCreateResult } from '../../../src/http/api/schemas/link-bulk-schemas.js';
import type { LinkCreate, LinkResponse, LinkUpdate } from '../../../src/http/api/schemas/link-schemas.js';
import type { PixelCreate, PixelResponse, PixelUpdate } from '../../../src/http/api/schemas/pixel-schemas.js';
import type { PixelServerResponse, PixelServerUpdate, TestEventResponse } from '../../../src/http/api/schemas/pixel-server-schemas.js';
import type { ConversionStatsResponse } from '../../../src/http/api/schemas/conversion-stats-schemas.js';
import type { AudienceResponse, SparklineResponse, StatsResponse } from '../../../src/http/api/schemas/stats-schemas.js';
import type { WorkspaceResponse, WorkspaceUpdate } from '../../../src/http/api/schemas/workspace-schemas.js';
import type { WebhookCreate, WebhookCreated, WebhookDelivery, WebhookResponse, WebhookRotated, WebhookUpdate } from '../../../src/http/api/schemas/webhook-schemas.js';
import type { Role } from '../../../src/core/roles.js';

export type { Role };
export type { Platform } from '../../../src/core/pixels/platform.js';
export type { ConsentPolicy, OptInAction } from '../../../src/core/consent/settings.js';

export type Link = z.output<typeof LinkResponse>;
export type LinkCreateBody = z.input<typeof LinkCreate>;
export type LinkUpdateBody = z.input<typeof LinkUpdate>;
export type BulkResult = z.output<typeof BulkCreateResult>;
export type Pixel = z.output<typeof PixelResponse>;
export type PixelCreateBody = z.input<typeof PixelCreate>;
export type PixelUpdateBody = z.input<typeof PixelUpdate>;
export type PixelServer = z.output<typeof PixelServerResponse>;
export type PixelServerBody = z.input<typeof PixelServerUpdate>;
export type TestEventResult = z.output<typeof TestEventResponse>;
export type ConversionStats = z.output<typeof ConversionStatsResponse>;
export type Domain = z.output<typeof DomainResponse>;
export type ApiKey = z.output<typeof ApiKeyResponse>;
export type CreatedApiKey = z.output<typeof ApiKeyCreated>;
export type DomainCheck = z.output<typeof DomainCheckResponse>;
export type Folder = z.output<typeof FolderResponse>;
export type Tag = z.output<typeof TagResponse>;
export type UtmTemplate = z.output<typeof UtmTemplateResponse>;
export type SavedView = z.output<typeof ViewResponse>;
export type Sparklines = z.output<typeof SparklineResponse>;
export type TagColor = NonNullable<Tag['color']>;
export type Workspace = z.output<typeof WorkspaceResponse>;
export type WorkspaceUpdateBody = z.input<typeof WorkspaceUpdate>;
export type Stats = z.output<typeof StatsResponse>;
export type TopEntry = Stats['countries'][number];
export type Audience = z.output<typeof AudienceResponse>;
export type Webhook = z.output<typeof WebhookResponse>;
export type WebhookCreated = z.output<typeof WebhookCreated>;
export type WebhookRotated = z.output<typeof WebhookRotated>;
export type WebhookCreateBody = z.input<typeof WebhookCreate>;
export type WebhookUpdateBody = z.input<typeof WebhookUpdate>;
export type WebhookDelivery = z.output<typeof WebhookDelivery>;
export type { WebhookEventType } from '../../../src/core/webhooks/events.js';

export interface List<T> {
  data: T[];
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}
