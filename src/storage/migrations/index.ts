import type { Migration } from 'kysely';
import * as m0001 from './0001-core.js';
import * as m0002 from './0002-analytics.js';
import * as m0003 from './0003-click-path-v2.js';
import * as m0004 from './0004-api-integrations.js';
import * as m0005 from './0005-hardening.js';
import * as m0006 from './0006-conversions.js';
import * as m0007 from './0007-daily-work.js';
import * as m0008 from './0008-webhooks.js';

/**
 * Every migration, in order. Listed statically (not read from the file system) so the same
 * list works from `src/` under tsx and from `dist/` after `tsc`.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-core': m0001,
  '0002-analytics': m0002,
  '0003-click-path-v2': m0003,
  '0004-api-integrations': m0004,
  '0005-hardening': m0005,
  '0006-conversions': m0006,
  '0007-daily-work': m0007,
  '0008-webhooks': m0008,
};
