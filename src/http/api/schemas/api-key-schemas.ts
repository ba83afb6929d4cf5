import { z } from '@hono/zod-openapi';
import { ROLES } from '../../../core/roles.js';
import { EXAMPLE_TIME, idOf, pageOf, timestamp } from './common.js';

export const ApiKeyCreate = z
  .strictObject({
    name: z.string().min(1).max(100).openapi({ example: 'CRM sync' }),
    role: z.enum(ROLES).openapi({ description: 'At most the role of the key making the request.', example: 'member' }),
  })
  .openapi('ApiKeyCreate', { example: { name: 'CRM sync', role: 'member' } });

const example = { id: 'key_01kbmz3f8r9c2v6x4n7q5t8w0y', name: 'CRM sync', role: 'member', prefix: 'rk_7Hq2', createdAt: EXAMPLE_TIME, lastUsedAt: null };

export const ApiKeyResponse = z
  .object({
    id: idOf('apiKey'),
    name: z.string(),
    role: z.enum(ROLES),
    prefix: z.string().openapi({ description: 'First characters of the secret.' }),
    createdAt: timestamp(),
    lastUsedAt: timestamp().nullable(),
  })
  .openapi('ApiKey', { example });

export const ApiKeyCreated = ApiKeyResponse.extend({
  secret: z.string().openapi({ description: 'The key itself. Shown once; store it now.' }),
}).openapi('ApiKeyCreated', { example: { ...example, secret: 'rk_7Hq2cW9xLm4Pz8Rt1Vb6Nq3Ks5Yd0Fg2Hj7Ua9Ze' } });

export const ApiKeyPage = pageOf(ApiKeyResponse, 'ApiKeyPage', example);
