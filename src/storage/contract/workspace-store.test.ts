import { describe, expect, it } from 'vitest';
import { makeWorkspace, testEngines, tick, unique, useContractDb } from './fixtures.js';

describe.each(testEngines())('WorkspaceStore on %s', (engine) => {
  const t = useContractDb(engine);

  it('inserts and reads a workspace back field for field', async () => {
    const workspace = makeWorkspace({
      consent: { policy: 'always', optInAction: 'ask' },
      privacyPolicyUrl: 'https://example.com/privacy',
      timeZone: 'Europe/Berlin',
    });
    await t.stores.workspaces.insert(workspace);
    expect(await t.stores.workspaces.get(workspace.id)).toEqual(workspace);
  });

  it('answers null for an unknown id', async () => {
    expect(await t.stores.workspaces.get('ws_00000000000000000000000000')).toBeNull();
  });

  it('returns times as exact numbers', async () => {
    const workspace = makeWorkspace({ createdAt: 1_767_225_600_123, updatedAt: 1_767_225_600_999 });
    await t.stores.workspaces.insert(workspace);
    const read = await t.stores.workspaces.get(workspace.id);
    expect(typeof read?.createdAt).toBe('number');
    expect(read?.createdAt).toBe(1_767_225_600_123);
    expect(read?.updatedAt).toBe(1_767_225_600_999);
  });

  it('updates every mutable field but keeps createdAt', async () => {
    const workspace = makeWorkspace();
    await t.stores.workspaces.insert(workspace);
    const changed = {
      ...workspace,
      name: unique('renamed-'),
      consent: { policy: 'never' as const, optInAction: 'ask' as const },
      privacyPolicyUrl: 'https://example.org/p',
      timeZone: 'America/New_York',
      createdAt: 1, // ignored by update
      updatedAt: tick(),
    };
    await t.stores.workspaces.update(changed);
    expect(await t.stores.workspaces.get(workspace.id)).toEqual({ ...changed, createdAt: workspace.createdAt });
  });

  it('counts workspaces', async () => {
    const before = await t.stores.workspaces.count();
    expect(typeof before).toBe('number');
    await t.stores.workspaces.insert(makeWorkspace());
    await t.stores.workspaces.insert(makeWorkspace());
    expect(await t.stores.workspaces.count()).toBe(before + 2);
  });

  it('finds by exact name, the oldest first when names repeat', async () => {
    const name = unique('acme-');
    const older = makeWorkspace({ name });
    const newer = makeWorkspace({ name });
    await t.stores.workspaces.insert(newer);
    await t.stores.workspaces.insert(older);
    expect((await t.stores.workspaces.findByName(name))?.id).toBe(older.id);
    expect(await t.stores.workspaces.findByName(name.toUpperCase())).toBeNull();
    expect(await t.stores.workspaces.findByName(unique('nobody-'))).toBeNull();
  });
});
