import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from './env.js';

/** Top-level tags, in the order the docs UI and generated SDKs list them. */
export const API_TAGS = [
  { name: 'links', description: 'Short links: create (one, many, or idempotently by your own id), find, list, update, delete; and the tags they carry.' },
  { name: 'folders', description: 'Folders (campaigns) that group links; a link is in at most one.' },
  { name: 'utm-templates', description: 'Named sets of UTM values for building destination URLs.' },
  { name: 'views', description: 'Saved filters of the links list and the analytics page, shared by the workspace.' },
  { name: 'pixels', description: 'The workspace’s library of ad platform pixels that links fire on the interstitial, and their server-side events.' },
  { name: 'domains', description: 'Custom domains that short links can live on: DNS instructions, verification, and where unknown slugs and the bare domain go.' },
  { name: 'stats', description: 'Click analytics per link and per workspace, pixel audiences, conversion figures, and the raw click export.' },
  { name: 'conversions', description: 'Leads and sales reported by the destination’s server, credited to the click that brought the customer.' },
  { name: 'api-keys', description: 'Keys for this API, each with a role; the secret is shown once.' },
  { name: 'workspace', description: 'Settings of the workspace the calling key belongs to.' },
  { name: 'webhooks', description: 'Endpoints that receive signed events (links, clicks, conversions, audience milestones), their delivery log, redelivery and test events. The payloads are in the `webhooks` section.' },
];

/**
 * The OpenAPI 3.1 document served at `/api/openapi.json`, generated from the route definitions
 * (the same zod schemas validate requests). `servers` is relative: the document is right for
 * whatever host and scheme it was fetched from, behind any proxy.
 */
export function openApiDocument(v1: OpenAPIHono<ApiEnv>) {
  return v1.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Ricochet API',
      version: '1',
      description:
        'Short links that fire your retargeting pixels, with consent, then redirect. JSON over HTTPS with `Authorization: Bearer <api key>`. Errors are `{"error":{"code","message","details"}}`; each operation lists the codes it can answer per status, and docs/errors.md explains them all. Lists page with `limit` and `cursor` and return `{data, nextCursor, hasMore}`. What may change within v1 and how deprecations are announced: docs/api-versioning.md.',
      license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
      contact: { name: 'Ricochet maintainers' },
    },
    servers: [{ url: '/api/v1', description: 'This server (relative to where the document was fetched).' }],
    tags: API_TAGS,
  });
}
