import { describe, expect, it } from 'vitest';
import { clickEventItem } from './event-data.js';
import { messageBody } from './events.js';

describe('click event items (issue 21)', () => {
  it('carry the stored facts, click ids by name, and nothing that identifies a visitor', () => {
    const item = clickEventItem({
      id: 'clk_1', workspaceId: 'ws_1', linkId: 'lnk_1', at: Date.UTC(2026, 11, 1, 9, 30), bot: false, consent: 'granted_cookie',
      pixels: [{ id: 'pix_1', outcome: 'fire' }, { id: 'pix_2', outcome: 'gpc' }], country: 'DE', device: 'mobile', os: 'iOS', browser: 'Mobile Safari',
      referrerHost: 'news.example.org', utm: { utm_source: 'newsletter', utm_medium: 'email', utm_campaign: null, utm_term: null, utm_content: null }, clickIds: 0b11,
    });
    expect(item).toEqual({
      id: 'clk_1', linkId: 'lnk_1', at: '2026-12-01T09:30:00.000Z', country: 'DE', device: 'mobile', os: 'iOS', browser: 'Mobile Safari', referrerHost: 'news.example.org',
      utm: { source: 'newsletter', medium: 'email', campaign: null, term: null, content: null }, clickIds: ['fbclid', 'gclid'], consent: 'granted_cookie',
      pixels: [{ id: 'pix_1', outcome: 'fire' }, { id: 'pix_2', outcome: 'gpc' }],
    });
    expect(Object.keys(item)).not.toEqual(expect.arrayContaining(['address']));
    expect(JSON.stringify(item)).not.toMatch(/workspace|userAgent|address/);
  });

  it('messages are Standard Webhooks envelopes', () => {
    expect(JSON.parse(messageBody({ type: 'click', at: 0, data: { clicks: [] } }))).toEqual({ type: 'click', timestamp: '1970-01-01T00:00:00.000Z', data: { clicks: [] } });
  });
});
