/**
 * Issue 21: `ricochet secrets rotate` also reseals webhook URLs and signing secrets, on each engine:
 * after it, the old key can go and every endpoint still opens; nothing is stored in plain text.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox } from '../../src/app/secrets/secret-box.js';
import { systemRandom } from '../../src/app/system-ports.js';
import { newSigningSecret, secretHint } from '../../src/app/webhooks/signing-secret.js';
import { id, makeWorkspace, testEngines, useContractDb } from '../../src/storage/contract/fixtures.js';
import { WebhookStore } from '../../src/storage/webhook-store.js';

describe.each(testEngines())('webhook secrets under a new key on %s', (engine) => {
  const t = useContractDb(engine);

  it('reseals every URL and secret with the new key, leaves current ones alone, and reports what no key opens', async () => {
    const [oldKey, newKey] = [randomBytes(32), randomBytes(32)];
    const ws = makeWorkspace();
    await t.stores.workspaces.insert(ws);
    const before = new WebhookStore(t.stores.database, new SecretBox([oldKey]));
    const now = Date.now();
    const endpointId = id('webhook');
    const url = 'https://crm.example.test/hooks?token=s3cr3t-in-the-url';
    const secret = newSigningSecret(systemRandom);
    await before.insert({ id: endpointId, workspaceId: ws.id, url, description: null, events: ['click'], filter: { linkIds: [], tags: [] }, enabled: true, disabledReason: null, disabledAt: null, failingSince: null, createdAt: now, updatedAt: now }, { value: secret, hint: secretHint(secret) });
    await before.rotateSecret(ws.id, endpointId, { value: newSigningSecret(systemRandom), hint: 'whsec_x…' }, now + 3_600_000, now);

    const rotating = new WebhookStore(t.stores.database, new SecretBox([newKey, oldKey]));
    const first = await rotating.reseal();
    expect(first.resealed).toBeGreaterThanOrEqual(1);
    expect(first.unreadable).toEqual([]);
    expect((await rotating.reseal()).resealed).toBe(0);

    // The old key is gone: everything still opens.
    const after = new WebhookStore(t.stores.database, new SecretBox([newKey]));
    expect((await after.get(ws.id, endpointId))?.url).toBe(url);
    const signing = await after.signingSecrets(endpointId, now);
    expect(signing).toHaveLength(2);
    expect(signing?.[1]).toBe(secret);
    const row = await t.stores.database.db.selectFrom('webhook_endpoints').selectAll().where('id', '=', endpointId).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toMatch(/s3cr3t|whsec_[A-Za-z0-9+/]{8}/);

    // A key that never sealed them opens nothing: reported, not touched.
    const stranger = new WebhookStore(t.stores.database, new SecretBox([randomBytes(32), oldKey]));
    expect((await stranger.reseal()).unreadable).toContain(endpointId);
  });
});
