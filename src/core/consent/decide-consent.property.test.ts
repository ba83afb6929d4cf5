/** Issue 14: properties of the consent decision (docs/consent.md), each in its test's name (fast-check). */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { PLATFORMS, type PixelRef } from '../pixels/platform.js';
import { CONSENT_CHOICES } from './cookie.js';
import { decideConsent, type ConsentInput } from './decide-consent.js';
import { isOptInRegion } from './regions.js';
import { CONSENT_POLICIES, OPT_IN_ACTIONS } from './settings.js';
import type { TcfSignal } from './tcf-signal.js';
import { TCF_VENDOR_IDS } from './tcf-vendors.js';

const vendorIds = [755, 804, 1126, 1, 2];
const tcf: fc.Arbitrary<TcfSignal | null> = fc.oneof(
  fc.constant(null),
  fc.constant({ status: 'invalid' } as const),
  fc.record({
    status: fc.constant('valid' as const),
    purposeConsents: fc.subarray([1, 2, 3, 4, 7]).map((a) => new Set(a)),
    vendorConsents: fc.subarray(vendorIds).map((a) => new Set(a)),
    restrictedVendors: fc.subarray(vendorIds).map((a) => new Set(a)),
  }),
);
const pixels: fc.Arbitrary<PixelRef[]> = fc.uniqueArray(fc.constantFrom(...PLATFORMS), { maxLength: PLATFORMS.length }).map((ps) => ps.map((platform, i) => ({ id: `px_${i}`, platform, tagId: `t${i}` })));
const input: fc.Arbitrary<ConsentInput> = fc.record({
  settings: fc.record({ policy: fc.constantFrom(...CONSENT_POLICIES), optInAction: fc.constantFrom(...OPT_IN_ACTIONS) }),
  country: fc.constantFrom(null, 'US', 'DE', 'FR', 'GB', 'CH', 'NO', 'BR', 'JP', 'RE'),
  gpc: fc.boolean(),
  cookie: fc.constantFrom(null, ...CONSENT_CHOICES),
  tcf,
  pixels,
  bot: fc.boolean(),
});
const fired = (d: ReturnType<typeof decideConsent>) => d.verdicts.filter((v) => v.verdict === 'fire').map((v) => v.pixel.id);

describe('decideConsent properties', () => {
  test.prop([input])('one verdict per pixel, in the link\'s order, and the prompt is asked exactly when some pixel awaits a choice', (i) => {
    const d = decideConsent(i);
    expect(d.verdicts.map((v) => v.pixel)).toEqual(i.pixels);
    expect(d.ask).toBe(d.verdicts.some((v) => v.verdict === 'skip' && v.reason === 'awaiting_choice'));
  });

  test.prop([input])('a bot, Sec-GPC: 1 or a Decline cookie fires nothing, in every policy', (i) => {
    fc.pre(i.bot || i.gpc || i.cookie === 'decline');
    expect(fired(decideConsent(i))).toEqual([]);
  });

  test.prop([input])('a TC string never grants a platform that is not a TCF vendor: with no cookie, a non-vendor fires only where consent is not needed', (i) => {
    const d = decideConsent({ ...i, cookie: null });
    for (const v of d.verdicts) if (TCF_VENDOR_IDS[v.pixel.platform] === null && v.verdict === 'fire') expect(d.required).toBe(false);
  });

  test.prop([input])('a valid TC string that refuses a vendor wins over everything, an Accept cookie included', (i) => {
    const d = decideConsent(i);
    const tc = i.tcf?.status === 'valid' ? i.tcf : null;
    for (const v of d.verdicts) {
      const id = TCF_VENDOR_IDS[v.pixel.platform];
      const refused = tc !== null && id !== null && !(tc.vendorConsents.has(id) && !tc.restrictedVendors.has(id) && [1, 3, 4].every((p) => tc.purposeConsents.has(p)));
      if (refused) expect(v.verdict).toBe('skip');
    }
  });

  test.prop([input])('consent is needed under `always`, never under `never`, and under `regional` in opt-in regions, for unknown countries and whenever gdpr=1 came', (i) => {
    const d = decideConsent(i);
    const expected = i.settings.policy === 'always' ? true : i.settings.policy === 'never' ? false : isOptInRegion(i.country) || i.tcf !== null;
    expect(d.required).toBe(expected);
  });

  test.prop([input])('where consent is not needed, a human without GPC, Decline or a refusing TC string gets every pixel', (i) => {
    const d = decideConsent({ ...i, bot: false, gpc: false, cookie: i.cookie === 'decline' ? null : i.cookie, tcf: i.tcf?.status === 'valid' ? null : i.tcf });
    if (!d.required) expect(fired(d)).toEqual(i.pixels.map((p) => p.id));
  });

  test.prop([input])('where consent is needed and nothing was said, nothing fires: the prompt is asked with `ask`, else the pixels are skipped', (i) => {
    const d = decideConsent({ ...i, bot: false, gpc: false, cookie: null, tcf: i.tcf === null ? null : { status: 'invalid' } });
    fc.pre(d.required && i.pixels.length > 0);
    expect(fired(d)).toEqual([]);
    expect(d.ask).toBe(i.settings.optInAction === 'ask');
  });
});
