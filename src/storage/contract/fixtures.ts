import { newLink } from '../../core/link.js';
/**
 * Shared set-up for the storage contract: a fresh, migrated database per engine per test file,
 * and builders for rows with sensible defaults. Ids come from the real `newId` over a clock that
 * only moves forward, so "newest first" is well defined without sleeping.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import type { ApiKey } from '../../core/api-key.js';
import { DEFAULT_CONSENT } from '../../core/consent/settings.js';
import type { Domain } from '../../core/domain.js';
import { newId, type IdKind } from '../../core/ids.js';
import type { Link } from '../../core/link.js';
import type { Pixel } from '../../core/pixel.js';
import type { Random } from '../../core/ports.js';
import type { Workspace } from '../../core/workspace.js';
import { openTestDatabase, type TestDatabase } from '../../../test/support/engines.js';
import type { Engine } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import { createStores, type Stores } from '../stores.js';
import { SecretBox } from '../../app/secrets/secret-box.js';

export { testEngines } from '../../../test/support/engines.js';

const random: Random = { bytes: (n) => randomBytes(n) };

/** A start time with a non-zero millisecond part and beyond 2^32, so numbers must round-trip exactly. */
let clock = Date.UTC(2026, 0, 15, 9, 30, 0, 123);

/** A strictly increasing epoch-ms time: each call is one millisecond after the previous one. */
export function tick(): number {
  clock += 1;
  return clock;
}

export function id(kind: IdKind, at = tick()): string {
  return newId(kind, at, random);
}

/** A unique suffix for names and hostnames, so tests in one file never collide. */
export function unique(prefix = ''): string {
  return `${prefix}${randomBytes(5).toString('hex')}`;
}

export interface ContractDb {
  readonly engine: Engine;
  readonly stores: Stores;
  readonly testDb: TestDatabase;
}

/**
 * Register beforeAll/afterAll hooks that open a fresh database of `engine`, migrate it and
 * dispose of it. Call inside a `describe` block; read the handle inside tests only.
 */
export function useContractDb(engine: Engine): ContractDb {
  let testDb: TestDatabase | undefined;
  let stores: Stores | undefined;
  beforeAll(async () => {
    testDb = await openTestDatabase(engine);
    await migrateToLatest(testDb.database);
    stores = createStores(testDb.database, new SecretBox([randomBytes(32)]));
  });
  afterAll(async () => {
    await testDb?.dispose();
  });
  return {
    engine,
    get stores() {
      if (!stores) throw new Error('database not open yet');
      return stores;
    },
    get testDb() {
      if (!testDb) throw new Error('database not open yet');
      return testDb;
    },
  };
}

export function makeWorkspace(overrides: Partial<Workspace> = {}): Workspace {
  const at = tick();
  return {
    id: id('workspace', at),
    name: unique('ws-'),
    consent: { ...DEFAULT_CONSENT },
    privacyPolicyUrl: null,
    timeZone: 'UTC',
    conversionTracking: false,
    brand: { color: null, logoUrl: null, promptLanguage: null },
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function makeApiKey(workspaceId: string, overrides: Partial<ApiKey> = {}): ApiKey {
  const at = tick();
  return {
    id: id('apiKey', at),
    workspaceId,
    name: unique('key-'),
    role: 'owner',
    prefix: 'rk_abcd',
    createdAt: at,
    lastUsedAt: null,
    ...overrides,
  };
}

export function makeDomain(workspaceId: string, overrides: Partial<Domain> = {}): Domain {
  const at = tick();
  return {
    id: id('domain', at),
    workspaceId,
    hostname: `${unique('go-')}.example.com`,
    notFoundUrl: null,
    rootUrl: null,
    verifyToken: `rcv_${unique('t')}`,
    verifiedAt: null,
    checkedAt: null,
    checkError: null,
    createdAt: at,
    ...overrides,
  };
}

export function makePixel(workspaceId: string, overrides: Partial<Pixel> = {}): Pixel {
  const at = tick();
  return {
    id: id('pixel', at),
    workspaceId,
    platform: 'meta',
    // A workspace holds a platform + tag id once (migration 0004): each fixture pixel is its own.
    tagId: String(100_000_000_000_000 + at),
    name: unique('pixel-'),
    isDefault: false,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function makeLink(workspaceId: string, overrides: Partial<Link> = {}): Link {
  const at = tick();
  return {
    ...newLink(id('link', at), workspaceId, 'https://example.com/article', at),
    slug: unique('s'),
    ...overrides,
  };
}
