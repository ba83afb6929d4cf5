import type { AppContext } from '../../app/context.js';
import type { ApiKey } from '../../core/api-key.js';

/** Hono context variables for API routes. */
export interface ApiEnv {
  Variables: {
    key: ApiKey;
    requestId: string;
  };
}

export type { AppContext };
