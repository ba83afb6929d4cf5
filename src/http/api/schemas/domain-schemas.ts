import { z } from '@hono/zod-openapi';
import { pageOf, urlString } from './common.js';

export const DomainCreate = z
  .strictObject({
    hostname: z.string().min(1).max(260).openapi({ example: 'go.example.com' }),
    notFoundUrl: urlString().nullable().optional().openapi({ description: 'Where unknown slugs on this domain go.' }),
  })
  .openapi('DomainCreate');

export const DomainUpdate = z
  .strictObject({ notFoundUrl: urlString().nullable().optional().openapi({ description: 'Where unknown slugs on this domain go; null for the 404 page.' }) })
  .openapi('DomainUpdate');

export const DomainResponse = z
  .object({ id: z.string(), hostname: z.string(), notFoundUrl: z.string().nullable(), createdAt: z.string() })
  .openapi('Domain');

export const DomainPage = pageOf(DomainResponse, 'DomainPage');
