import { describe, expect, it } from 'vitest';
import { newLink } from '../link.js';
import { audienceEvent } from './audience-event.js';

const NO_UTM = { utm_source: null, utm_medium: null, utm_campaign: null, utm_term: null, utm_content: null };
const link = (over = {}) => ({ ...newLink('lnk_1', 'ws_1', 'https://shop.example/', 0), slug: 's', ...over });

describe('audienceEvent', () => {
  it('names the default event and carries the link id only, when the link has no tags, UTM or event', () => {
    expect(audienceEvent(link(), NO_UTM)).toEqual({ name: 'ricochet_click', params: { link_id: 'lnk_1' } });
  });

  it('adds the tags, every UTM value present, and the campaign as `campaign`', () => {
    expect(audienceEvent(link({ tags: ['running', 'spring'] }), { ...NO_UTM, utm_source: 'mail', utm_campaign: 'spring' })).toEqual({
      name: 'ricochet_click',
      params: { link_id: 'lnk_1', tags: ['running', 'spring'], utm_source: 'mail', utm_campaign: 'spring', campaign: 'spring' },
    });
  });

  it('the link\'s own event name and params win for their keys, and only for them', () => {
    const event = { name: 'shoe_interest', params: { campaign: 'own', link_id: 'mine', extra: 'x' } };
    expect(audienceEvent(link({ event }), { ...NO_UTM, utm_campaign: 'from-utm' })).toEqual({
      name: 'shoe_interest',
      params: { link_id: 'mine', utm_campaign: 'from-utm', campaign: 'own', extra: 'x' },
    });
  });

  it('an event without params or name keeps the defaults', () => {
    expect(audienceEvent(link({ event: {} }), NO_UTM)).toEqual({ name: 'ricochet_click', params: { link_id: 'lnk_1' } });
  });
});
