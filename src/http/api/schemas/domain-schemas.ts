import { z } from '@hono/zod-openapi';
import { EXAMPLE_TIME, idOf, pageOf, timestamp, urlString } from './common.js';

export const DomainCreate = z
  .strictObject({
    hostname: z.string().min(1).max(260).openapi({ format: 'hostname', example: 'go.example.com' }),
    notFoundUrl: urlString().nullable().optional().openapi({ description: 'Where unknown slugs on this domain go; the 404 page when absent.', example: 'https://example.com/' }),
  })
  .openapi('DomainCreate', { example: { hostname: 'go.example.com', notFoundUrl: 'https://example.com/' } });

export const DomainUpdate = z
  .strictObject({ notFoundUrl: urlString().nullable().optional().openapi({ description: 'Where unknown slugs on this domain go; null for the 404 page.', example: 'https://example.com/' }) })
  .openapi('DomainUpdate', { example: { notFoundUrl: null } });

const example = { id: 'dom_01kbmz3f8r9c2v6x4n7q5t8w0y', hostname: 'go.example.com', notFoundUrl: 'https://example.com/', createdAt: EXAMPLE_TIME };

export const DomainResponse = z
  .object({ id: idOf('domain'), hostname: z.string().openapi({ format: 'hostname' }), notFoundUrl: z.string().nullable().openapi({ format: 'uri' }), createdAt: timestamp() })
  .openapi('Domain', { example });

export const DomainPage = pageOf(DomainResponse, 'DomainPage', example);

