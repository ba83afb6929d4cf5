import { describe, expect, it } from 'vitest';
import { hashKeySecret } from '../../src/app/api-keys/key-secret.js';
import { createApiKey } from '../../src/app/api-keys/manage-api-keys.js';
import { OWNER_KEY, keyWithRole, listAll, ownerWorkspaceId, testEngines, useTestServer } from './helpers.js';

describe.each(testEngines())('API keys on %s', (engine) => {
  const s = useTestServer(engine);

  it('returns the secret once on create; it authenticates and is stored only hashed', async () => {
    const res = await s.api('POST', '/api-keys', { name: 'ci', role: 'member' });
    expect(res.status).toBe(201);
    const { secret, ...key } = res.body;
    expect(secret).toMatch(/^rk_[0-9A-Za-z]{40}$/);
    expect(key).toMatchObject({ name: 'ci', role: 'member', prefix: secret.slice(0, 7), lastUsedAt: null });
    expect(key.id).toMatch(/^key_[0-9a-z]{26}$/);

    const me = await s.api('GET', '/workspace', undefined, secret);
    expect(me.status).toBe(200);

    const listed = await listAll(s, '/api-keys');
    const row = listed.find((k) => k.id === key.id);
    expect(row).toMatchObject({ id: key.id, name: 'ci', role: 'member', prefix: key.prefix });
    expect(row).not.toHaveProperty('secret');
    expect(JSON.stringify(listed)).not.toContain(secret);

    const stored = await s.testDb.database.db.selectFrom('api_keys').selectAll().where('id', '=', key.id).executeTakeFirstOrThrow();
    expect(stored.key_hash).toBe(hashKeySecret(secret));
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it('records when a key was last used', async () => {
    const secret = await keyWithRole(s, 'viewer');
    await s.api('GET', '/links', undefined, secret);
    await expect
      .poll(async () => (await listAll(s, '/api-keys')).find((k) => k.prefix === secret.slice(0, 7))?.lastUsedAt ?? null)
      .not.toBeNull();
  });

  it('lists keys newest first with a cursor', async () => {
    for (let i = 0; i < 3; i++) await s.api('POST', '/api-keys', { name: `k${i}`, role: 'viewer' });
    const first = await s.api('GET', '/api-keys?limit=2');
    expect(first.body.data).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const all = await listAll(s, '/api-keys?limit=2');
    const ids = all.map((k) => k.id);
    expect(ids).toEqual([...ids].sort().reverse());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('revokes a key: it stops authenticating at once', async () => {
    const created = (await s.api('POST', '/api-keys', { name: 'temp', role: 'admin' })).body;
    expect((await s.api('GET', '/links', undefined, created.secret)).status).toBe(200);
    expect((await s.api('DELETE', `/api-keys/${created.id}`)).status).toBe(204);
    const after = await s.api('GET', '/links', undefined, created.secret);
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('UNAUTHENTICATED');
    const again = await s.api('DELETE', `/api-keys/${created.id}`);
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('API_KEY_NOT_FOUND');
  });

  it('refuses to delete the last owner key (409 LAST_OWNER_KEY) until another owner exists', async () => {
    const workspaceId = await ownerWorkspaceId(s);
    const owners = (await listAll(s, '/api-keys')).filter((k) => k.role === 'owner');
    expect(owners).toHaveLength(1);
    const bootstrap = owners[0];
    const refused = await s.api('DELETE', `/api-keys/${bootstrap.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('LAST_OWNER_KEY');
    expect((await s.api('GET', '/workspace')).status).toBe(200);

    const second = (await s.api('POST', '/api-keys', { name: 'second owner', role: 'owner' })).body;
    expect(second.role).toBe('owner');
    // The second owner deletes the first; now the second is the last one and cannot go.
    expect((await s.api('DELETE', `/api-keys/${bootstrap.id}`, undefined, second.secret)).status).toBe(204);
    expect((await s.api('GET', '/workspace', undefined, OWNER_KEY)).status).toBe(401);
    const last = await s.api('DELETE', `/api-keys/${second.id}`, undefined, second.secret);
    expect(last.status).toBe(409);
    expect(last.body.error.code).toBe('LAST_OWNER_KEY');
    // Put an owner key with the bootstrap secret back for the other tests in this file.
    await createApiKey(s.server.ctx, workspaceId, { name: 'restored', role: 'owner', secret: OWNER_KEY }, null);
    expect((await s.api('GET', '/workspace')).status).toBe(200);
  });

  it.each([
    ['missing name', { role: 'viewer' }],
    ['empty name', { name: '', role: 'viewer' }],
    ['unknown role', { name: 'x', role: 'superuser' }],
    ['unknown field', { name: 'x', role: 'viewer', secret: 'rk_chosen_by_client_000000' }],
  ])('refuses %s with 422 VALIDATION_FAILED', async (_label, body) => {
    const res = await s.api('POST', '/api-keys', body);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });
});
