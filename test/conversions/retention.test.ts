/**
 * Issue 16: what conversions keep, and for how long. Ad click ids' values live only through the
 * attribution window; dead letters a week; pixel credentials are re-sealed by
 * `ricochet secrets rotate` after a key rotation.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { rotateSecrets } from '../../src/app/conversions/rotate-secrets.js';
import { SecretBox } from '../../src/app/secrets/secret-box.js';
import { systemRandom } from '../../src/app/system-ports.js';
import { sealSecrets, openSecrets } from '../../src/conversions/pixel-destinations.js';
import { startConversions } from '../../src/conversions/conversions-runtime.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { PixelServerStore } from '../../src/storage/pixel-server-store.js';
import { openTestDatabase, testEngines, type TestDatabase } from '../support/engines.js';

const DAY = 86_400_000;

describe.each(testEngines())('retention on %s', (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase(engine);
    await migrateToLatest(t.database);
  });
  afterEach(() => t.dispose());

  it('deletes the ad click ids of clicks older than the attribution window, and old dead letters', async () => {
    const now = Date.now();
    const db = t.database.db;
    await db.insertInto('click_attribution').values([
      { workspace_id: 'ws', click_id: 'clk_old', at: now - 91 * DAY, click_ids: '{"fbclid":"old"}' },
      { workspace_id: 'ws', click_id: 'clk_new', at: now - 89 * DAY, click_ids: '{"fbclid":"new"}' },
    ]).execute();
    const row = { destination: 'pixel:x', workspace_id: 'ws', reason: 'invalid', message: 'm', created_at: 0 };
    await db.insertInto('outbox_dead').values([
      { ...row, id: 1, dead_at: now - 8 * DAY },
      { ...row, id: 2, dead_at: now - 6 * DAY },
    ]).execute();
    const conversions = startConversions({
      database: t.database,
      setup: { secretsKeys: [randomBytes(32)], publicUrl: 'http://localhost', testNetwork: null, attributionWindowMs: 90 * DAY },
      random: systemRandom,
      report: () => {},
    });
    try {
      await conversions.consequences.refresh(now);
    } finally {
      await conversions.close(100);
    }
    expect((await db.selectFrom('click_attribution').select('click_id').execute()).map((r) => r.click_id)).toEqual(['clk_new']);
    expect((await db.selectFrom('outbox_dead').select('id').execute()).map((r) => Number(r.id))).toEqual([2]);
  });

  it('`secrets rotate` re-seals credentials with the new key; the old key can then go', async () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const store = new PixelServerStore(t.database);
    await t.database.db.insertInto('workspaces').values({ id: 'ws', name: 'ws', consent_policy: 'regional', consent_opt_in_action: 'skip', privacy_policy_url: null, time_zone: 'UTC', created_at: 0, updated_at: 0 }).execute();
    await t.database.db.insertInto('pixels').values({ id: 'pix_1', workspace_id: 'ws', platform: 'meta', tag_id: '1', tag_key: 'meta:1', name: 'm', is_default: 0, created_at: 0, updated_at: 0 }).execute();
    await store.put({ pixelId: 'pix_1', workspaceId: 'ws', enabled: true, settings: {}, sealedSecrets: sealSecrets(new SecretBox([oldKey]), 'pix_1', { accessToken: 'EAAsecret' }), hints: {}, createdAt: 0, updatedAt: 0 });

    const both = new SecretBox([newKey, oldKey]);
    const ctx = { stores: { database: t.database }, secrets: both } as unknown as AppContext;
    expect(await rotateSecrets(ctx)).toEqual({ resealed: 1, current: 0, unreadable: [] });
    expect(await rotateSecrets(ctx)).toEqual({ resealed: 0, current: 1, unreadable: [] });
    const sealed = (await store.get('pix_1'))!.sealedSecrets;
    expect(openSecrets(new SecretBox([newKey]), 'pix_1', sealed)).toEqual({ accessToken: 'EAAsecret' });
    expect(() => openSecrets(new SecretBox([oldKey]), 'pix_1', sealed)).toThrow();
    // Bound to its pixel: the same sealed value does not open as another pixel's.
    expect(() => openSecrets(new SecretBox([newKey]), 'pix_2', sealed)).toThrow();
  });
});
