/**
 * Shared set-up for the conversions suites (issue 16): the platform API fakes, a server routed to
 * them, and one pixel per platform set up with credentials the fakes accept.
 */
import type { Platform } from '../../src/core/pixels/platform.js';
import type { Engine } from '../../src/storage/database.js';
import { analyticsServer } from '../analytics/support.js';
import type { TestServer, TestServerOptions } from '../support/test-server.js';
import { X_CREDENTIALS } from '../support/platform-fakes/x-fake.js';

export { startPlatformNetwork, type PlatformNetwork, type ReceivedEvent } from '../support/platform-fakes/platform-network.js';

/** A pixel per platform with a server-side API, set up the way the fakes accept it. */
export const SERVER_SETUPS: Record<Exclude<Platform, 'quora'>, { tagId: string; credentials: Record<string, string>; settings?: Record<string, string> }> = {
  meta: { tagId: '123456789012345', credentials: { accessToken: 'EAAtest-meta-token-0001' }, settings: { testEventCode: 'TEST12345' } },
  tiktok: { tagId: 'C4ABCDEFGHIJKLMN1234', credentials: { accessToken: 'tiktok-token-000000001' }, settings: { testEventCode: 'TEST123' } },
  pinterest: { tagId: '2612345678901', credentials: { accessToken: 'pina-token-0000000001' }, settings: { adAccountId: '549755885175' } },
  snapchat: { tagId: '0f8fad5b-d9cb-469f-a165-70867728950e', credentials: { accessToken: 'snap-token-00000000001' } },
  reddit: { tagId: 'a2_abcdefgh1234', credentials: { accessToken: 'reddit-token-000000001' }, settings: { testId: 't2_test' } },
  ga4: { tagId: 'G-AB12CD34EF', credentials: { apiSecret: 'ga4-api-secret-00000001' } },
  google_ads: {
    tagId: 'AW-123456789',
    credentials: { developerToken: 'dev-token-00000000001', clientId: 'client-id-0000000001', clientSecret: 'client-secret-000001', refreshToken: 'refresh-token-00000001' },
    settings: { customerId: '1234567890', leadConversionAction: '111', purchaseConversionAction: '222' },
  },
  linkedin: { tagId: '1234567', credentials: { accessToken: 'linkedin-token-0000001' }, settings: { audienceRuleId: '101', leadRuleId: '102', purchaseRuleId: '103' } },
  microsoft: { tagId: '12345678', credentials: { accessToken: 'uet-capi-token-0000001' } },
  x: { tagId: 'tw-o5h34-o5h35', credentials: X_CREDENTIALS, settings: { leadEventId: 'tw-o5h34-lead1', purchaseEventId: 'tw-o5h34-sale1' } },
};

export const SERVER_PLATFORMS = Object.keys(SERVER_SETUPS) as Array<keyof typeof SERVER_SETUPS>;

/** A server whose outbound requests reach the platform fakes, writing clicks quickly. */
export function conversionsServer(engine: Engine, env: Record<string, string>, network: { env: string }, options: Omit<TestServerOptions, 'testDb'> = {}): Promise<TestServer> {
  return analyticsServer(engine, { OUTBOUND_TEST_NETWORK: network.env, CLICK_FLUSH_INTERVAL_MS: '50', ...env }, options);
}

/** Rows of a table, for "nothing was stored" checks. */
export async function count(s: TestServer, table: 'conversions' | 'outbox' | 'click_attribution'): Promise<number> {
  const row = await s.server.ctx.stores.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

let tagCounter = 0;
/** A tag id of `platform` no other pixel of the run has (a workspace refuses the same pixel twice). */
export function freshTagId(platform: keyof typeof SERVER_SETUPS): string {
  const n = String(++tagCounter).padStart(4, '0');
  const base = SERVER_SETUPS[platform].tagId;
  // X event ids keep their pixel (`tw-<pixel>-<event>`): the event part varies.
  return platform === 'x' ? `${base.slice(0, -4)}${n}` : `${base.slice(0, -4)}${n}`;
}

/** Create a pixel of `platform` (a fresh tag id unless given) with its server-side events set up; returns its id. */
export async function serverPixel(s: TestServer, platform: keyof typeof SERVER_SETUPS, overrides: { tagId?: string; credentials?: Record<string, string> } = {}): Promise<string> {
  const setup = SERVER_SETUPS[platform];
  const created = await s.api('POST', '/pixels', { platform, tagId: overrides.tagId ?? freshTagId(platform) });
  if (created.status !== 201) throw new Error(`pixel: ${JSON.stringify(created.body)}`);
  const put = await s.api('PUT', `/pixels/${created.body.id}/server`, { credentials: overrides.credentials ?? setup.credentials, settings: setup.settings ?? {} });
  if (put.status !== 200) throw new Error(`server setup: ${JSON.stringify(put.body)}`);
  return created.body.id as string;
}

/**
 * Wait until every click handed over is written and the delivery engine has nothing pending:
 * after this, an event that was not delivered was never queued.
 */
export async function deliveriesSettled(s: TestServer, timeoutMs = 20_000): Promise<void> {
  await s.server.clicks.flush();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await s.server.ctx.stores.database.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(row.n) === 0) return;
    if (Date.now() > deadline) throw new Error(`${row.n} deliveries still pending`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The id of the newest stored click of a link (server-only links show no click id). */
export async function lastClickId(s: TestServer, linkId: string): Promise<string> {
  await s.server.clicks.flush();
  const row = await s.server.ctx.stores.database.db.selectFrom('clicks').select('id').where('link_id', '=', linkId).orderBy('id', 'desc').executeTakeFirstOrThrow();
  return row.id;
}
