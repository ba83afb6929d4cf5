import { GVL, TCModel, TCString } from '@iabtechlabtcf/core';
import { TEST_VENDOR_LIST as VENDOR_LIST } from '../../support/tc-vendor-list.js';

/**
 * Real IAB TCF v2 TC strings, encoded by the IAB Tech Lab's own library from a minimal in-test
 * vendor list (no network), the way src/app/consent/tcf.test.ts builds them: Google 755,
 * LinkedIn 804 and Microsoft 1126 (reference/audiences-and-vendors.md §2), current policy version.
 */


/**
 * @example encodeTcString({ purposes: [1, 3, 4], vendors: [755] }) // 'CQ…' granting Google only
 */
export function encodeTcString(opts: { purposes: number[]; vendors: number[] }): string {
  const model = new TCModel(new GVL(VENDOR_LIST));
  model.cmpId = 10;
  model.cmpVersion = 1;
  model.consentScreen = 1;
  model.isServiceSpecific = true;
  model.purposeConsents.set(opts.purposes);
  model.vendorConsents.set(opts.vendors);
  return TCString.encode(model);
}
