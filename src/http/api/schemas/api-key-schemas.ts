import { z } from '@hono/zod-openapi';
import { ROLES } from '../../../core/roles.js';
import { pageOf } from './common.js';

export const ApiKeyCreate = z
  .strictObject({ name: z.string().min(1).max(100), role: z.enum(ROLES) })
  .openapi('ApiKeyCreate');

export const ApiKeyResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    prefix: z.string().openapi({ description: 'First characters of the secret.' }),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi('ApiKey');

export const ApiKeyCreated = ApiKeyResponse.extend({
  secret: z.string().openapi({ description: 'The key itself. Shown once; store it now.' }),
}).openapi('ApiKeyCreated');

export const ApiKeyPage = pageOf(ApiKeyResponse, 'ApiKeyPage');
