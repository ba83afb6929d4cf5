import { PurposeRestriction, TCString, type TCModel } from '@iabtechlabtcf/core';
import { RETARGETING_PURPOSES, type TcfSignal } from '../../core/consent/tcf-signal.js';
import { rawParamValue, splitRawQuery } from '../../core/redirect/raw-query.js';
import { isCheapToDecode } from './tc-string-guard.js';

/**
 * TCF v2.2 made the policy version 4; strings with a lower one are invalid since 30 Sep 2023
 * (docs/pixels.md §2.2). v2.3 strings carry 5.
 */
const MIN_POLICY_VERSION = 4;

/**
 * Only the core segment (everything before the first `.`) is decoded: purposes, vendor consents
 * and publisher restrictions all live there; the disclosed-vendors and publisher segments do not
 * change our answer. Real core segments are a few hundred characters (~213 header bits plus one
 * bit per vendor id up to the highest, ~1,600 today, for consents and again for legitimate
 * interests: < 600 base64url characters with full bitfields). 2,048 leaves room for publisher
 * restrictions; the range-expansion cost is bounded separately by `isCheapToDecode`.
 */
const MAX_CORE_SEGMENT_CHARS = 2048;

/** Publisher restriction types (TCF spec): 0 = not allowed, 2 = require legitimate interest. */
const NOT_ALLOWED = 0;
const REQUIRE_LI = 2;

/**
 * Read the TCF URL macros from a raw query string (docs/pixels.md §2.2): `gdpr=1` plus
 * `gdpr_consent=<TC string>`.
 * - no `gdpr=1` (absent, `0`, garbage) → null: no TCF signal. `gdpr=0` relaxes nothing; our own
 *   region rules still apply, and `gdpr_consent` without `gdpr=1` is meaningless per the spec.
 * - `gdpr=1` with a valid string → `{ status: 'valid', … }`.
 * - `gdpr=1` with a missing, malformed, truncated, oversized or outdated string → `{ status: 'invalid' }`.
 * The first occurrence of each parameter counts. Never throws.
 *
 * @example readTcfSignal('utm_source=x&gdpr=1&gdpr_consent=CQuIxQAQuIxQA…') // { status: 'valid', … }
 * @example readTcfSignal('gdpr=1&gdpr_consent=garbage')                     // { status: 'invalid' }
 * @example readTcfSignal('gdpr=0&gdpr_consent=CQuIxQAQuIxQA…')              // null
 */
export function readTcfSignal(rawQuery: string): TcfSignal | null {
  let gdpr: string | null = null;
  let consent: string | null = null;
  for (const param of splitRawQuery(rawQuery)) {
    if (param.key === 'gdpr' && gdpr === null) gdpr = rawParamValue(param).trim();
    else if (param.key === 'gdpr_consent' && consent === null) consent = rawParamValue(param).trim();
  }
  if (gdpr !== '1') return null;
  return (consent !== null && decodeTcString(consent)) || { status: 'invalid' };
}

/**
 * Decode a TC string with `@iabtechlabtcf/core` (`TCString.decode`, no GVL needed) into the plain
 * signal the consent core reads. Returns null for anything that is not a current, well-formed
 * TCF v2 string. Never throws.
 *
 * @example decodeTcString('CQuIxQAQuIxQAAKABBENBqFgALAAAAAAAAAAGSQAgF5gMkAAAAAA.IAAA')?.vendorConsents.has(755)
 */
export function decodeTcString(tcString: string): Extract<TcfSignal, { status: 'valid' }> | null {
  const core = tcString.split('.', 1)[0] ?? '';
  if (core === '' || core.length > MAX_CORE_SEGMENT_CHARS || !isCheapToDecode(core)) return null;
  let model: TCModel;
  try {
    model = TCString.decode(core);
  } catch {
    return null;
  }
  if (Number(model.version) !== 2 || Number(model.policyVersion) < MIN_POLICY_VERSION) return null;
  return {
    status: 'valid',
    purposeConsents: new Set(model.purposeConsents.values()),
    vendorConsents: new Set(model.vendorConsents.values()),
    restrictedVendors: restrictedVendors(model),
  };
}

function restrictedVendors(model: TCModel): Set<number> {
  const vendors = new Set<number>();
  for (const purpose of RETARGETING_PURPOSES) {
    for (const type of [NOT_ALLOWED, REQUIRE_LI]) {
      for (const id of model.publisherRestrictions.getVendors(new PurposeRestriction(purpose, type))) vendors.add(id);
    }
  }
  return vendors;
}
