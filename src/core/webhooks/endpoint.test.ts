import { describe, expect, it } from 'vitest';
import { wants } from './endpoint.js';

const endpoint = (over: Partial<Parameters<typeof wants>[0]> = {}) => ({ enabled: true, events: ['click', 'link.created', 'audience.ready'] as const, filter: { linkIds: [], tags: [] }, ...over }) as Parameters<typeof wants>[0];

describe('wants (issue 21: which endpoint gets which event)', () => {
  it('gets the events it subscribed to, and no other', () => {
    expect(wants(endpoint(), 'click', { linkId: 'lnk_a', tags: [] })).toBe(true);
    expect(wants(endpoint(), 'link.deleted', { linkId: 'lnk_a', tags: [] })).toBe(false);
  });

  it('gets nothing while off', () => {
    expect(wants(endpoint({ enabled: false }), 'click', { linkId: 'lnk_a', tags: [] })).toBe(false);
  });

  it('with a filter, only events about links listed or carrying one of the tags', () => {
    const filtered = endpoint({ filter: { linkIds: ['lnk_a'], tags: ['spring'] } });
    expect(wants(filtered, 'click', { linkId: 'lnk_a', tags: [] })).toBe(true);
    expect(wants(filtered, 'click', { linkId: 'lnk_b', tags: ['summer', 'spring'] })).toBe(true);
    expect(wants(filtered, 'click', { linkId: 'lnk_b', tags: ['summer'] })).toBe(false);
    expect(wants(filtered, 'link.created', { linkId: 'lnk_c', tags: [] })).toBe(false);
  });

  it('applies no link filter to events that are not about a link', () => {
    const filtered = endpoint({ filter: { linkIds: ['lnk_a'], tags: [] } });
    expect(wants(filtered, 'audience.ready', null)).toBe(true);
  });
});
