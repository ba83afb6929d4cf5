/**
 * Issue 21: which clicks of a batch each `click` endpoint gets — its own workspace's only, through
 * its link and tag filter, oldest first, each click once — and, as a property, exactly what checking
 * every click against every endpoint would give.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { clicksByEndpoint, type RoutedClick } from './click-routing.js';
import { wants, type WebhookEndpoint } from './endpoint.js';

type Endpoint = Pick<WebhookEndpoint, 'id' | 'workspaceId' | 'enabled' | 'events' | 'filter'>;

const endpoint = (id: string, workspaceId: string, filter: Partial<WebhookEndpoint['filter']> = {}, extra: Partial<Endpoint> = {}): Endpoint => ({
  id, workspaceId, enabled: true, events: ['click'], filter: { linkIds: [], tags: [], ...filter }, ...extra,
});
const click = (id: string, workspaceId: string, linkId: string, at: number): RoutedClick => ({ id, workspaceId, linkId, at });
const ids = (clicks: readonly RoutedClick[] | undefined) => (clicks ?? []).map((c) => c.id);

describe('clicksByEndpoint', () => {
  const clicks = [
    click('c4', 'ws_a', 'lnk_2', 40),
    click('c1', 'ws_a', 'lnk_1', 10),
    click('c3', 'ws_a', 'lnk_3', 30),
    click('c2', 'ws_a', 'lnk_2', 20),
    click('c2b', 'ws_a', 'lnk_1', 20),
    click('x1', 'ws_b', 'lnk_9', 5),
  ];
  const tags = new Map([['lnk_1', ['spring']], ['lnk_3', ['spring', 'video']], ['lnk_9', ['spring']]]);

  it('gives an endpoint without a filter every click of its workspace, oldest first (time, then id)', () => {
    const routed = clicksByEndpoint([endpoint('whk_all', 'ws_a')], clicks, tags);
    expect(ids(routed.get('whk_all'))).toEqual(['c1', 'c2', 'c2b', 'c3', 'c4']);
  });

  it('gives a link filter the clicks of the listed links only, merged oldest first, each once even when listed twice', () => {
    const routed = clicksByEndpoint([endpoint('whk_links', 'ws_a', { linkIds: ['lnk_2', 'lnk_1', 'lnk_2', 'lnk_missing'] })], clicks, tags);
    expect(ids(routed.get('whk_links'))).toEqual(['c1', 'c2', 'c2b', 'c4']);
  });

  it('gives a tag filter the clicks of links carrying one of its tags, and a link and tag filter the union', () => {
    const routed = clicksByEndpoint([endpoint('whk_video', 'ws_a', { tags: ['video'] }), endpoint('whk_both', 'ws_a', { linkIds: ['lnk_2'], tags: ['video'] })], clicks, tags);
    expect(ids(routed.get('whk_video'))).toEqual(['c3']);
    expect(ids(routed.get('whk_both'))).toEqual(['c2', 'c3', 'c4']);
  });

  it('never gives an endpoint another workspace’s clicks, even for a link id or tag they share', () => {
    const routed = clicksByEndpoint([endpoint('whk_b', 'ws_b', { tags: ['spring'] }), endpoint('whk_a_by_b_link', 'ws_a', { linkIds: ['lnk_9'] })], clicks, tags);
    expect(ids(routed.get('whk_b'))).toEqual(['x1']);
    expect(routed.has('whk_a_by_b_link')).toBe(false);
  });

  it('leaves out endpoints that are off, do not want clicks, or match nothing', () => {
    const routed = clicksByEndpoint(
      [endpoint('whk_off', 'ws_a', {}, { enabled: false }), endpoint('whk_links_only', 'ws_a', {}, { events: ['link.created'] }), endpoint('whk_none', 'ws_a', { tags: ['autumn'] }), endpoint('whk_empty_ws', 'ws_c')],
      clicks,
      tags,
    );
    expect([...routed.keys()]).toEqual([]);
  });

  const arbitraryBatch = fc.record({
    clicks: fc.array(fc.record({ ws: fc.constantFrom('ws_a', 'ws_b'), link: fc.constantFrom('lnk_1', 'lnk_2', 'lnk_3', 'lnk_4'), at: fc.integer({ min: 0, max: 20 }) }), { maxLength: 60 }),
    endpoints: fc.array(
      fc.record({
        ws: fc.constantFrom('ws_a', 'ws_b'),
        linkIds: fc.subarray(['lnk_1', 'lnk_2', 'lnk_3', 'lnk_4', 'lnk_x']),
        tags: fc.subarray(['spring', 'video', 'autumn']),
        enabled: fc.boolean(),
        events: fc.constantFrom<WebhookEndpoint['events']>(['click'], ['link.created'], ['click', 'lead.created']),
      }),
      { maxLength: 8 },
    ),
    tags: fc.record({ lnk_1: fc.subarray(['spring', 'video']), lnk_2: fc.subarray(['video', 'autumn']), lnk_3: fc.subarray(['spring']), lnk_4: fc.constant([] as string[]) }),
  });

  test.prop([arbitraryBatch])('gives each endpoint exactly the clicks that checking every click against it would, in time order', (batch) => {
    const clicks = batch.clicks.map((c, i) => click(`c${String(i).padStart(3, '0')}`, c.ws, c.link, c.at));
    const endpoints = batch.endpoints.map((e, i) => endpoint(`whk_${i}`, e.ws, { linkIds: e.linkIds, tags: e.tags }, { enabled: e.enabled, events: e.events }));
    const tags = new Map(Object.entries(batch.tags));
    const routed = clicksByEndpoint(endpoints, clicks, tags);
    const inOrder = [...clicks].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
    for (const e of endpoints) {
      const expected = inOrder.filter((c) => c.workspaceId === e.workspaceId && wants(e, 'click', { linkId: c.linkId, tags: tags.get(c.linkId) ?? [] }));
      expect(ids(routed.get(e.id)), e.id).toEqual(ids(expected));
    }
  });
});
