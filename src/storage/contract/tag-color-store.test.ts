import { describe, expect, it } from 'vitest';
import { TAG_COLORS } from '../../core/organisation.js';
import { makeWorkspace, testEngines, unique, useContractDb } from './fixtures.js';

describe.each(testEngines())('TagColorStore on %s', (engine) => {
  const t = useContractDb(engine);

  it('sets, changes and clears a colour, per workspace', async () => {
    const [a, b] = [makeWorkspace(), makeWorkspace()];
    await t.stores.workspaces.insert(a);
    await t.stores.workspaces.insert(b);
    const tag = unique('tag');
    await t.stores.tagColors.set(a.id, tag, 'green');
    await t.stores.tagColors.set(a.id, tag, 'teal');
    await t.stores.tagColors.set(b.id, tag, 'red');
    expect((await t.stores.tagColors.all(a.id)).get(tag)).toBe('teal');
    expect((await t.stores.tagColors.all(b.id)).get(tag)).toBe('red');
    await t.stores.tagColors.set(a.id, tag, null);
    expect((await t.stores.tagColors.all(a.id)).has(tag)).toBe(false);
    expect((await t.stores.tagColors.all(b.id)).get(tag)).toBe('red');
  });

  // Found by the API fuzz test: two requests colouring the same new tag at once collided on the key.
  it('takes many colourings of the same tag at once; one of them wins', async () => {
    const workspace = makeWorkspace();
    await t.stores.workspaces.insert(workspace);
    const tag = unique('race');
    const colors = Array.from({ length: 16 }, (_, i) => TAG_COLORS[i % TAG_COLORS.length]!);
    await Promise.all(colors.map((color) => t.stores.tagColors.set(workspace.id, tag, color)));
    expect(colors).toContain((await t.stores.tagColors.all(workspace.id)).get(tag));
  });
});
