import { GVL, TCModel, TCString, type VendorList } from '@iabtechlabtcf/core';

/**
 * Real IAB TCF v2 TC strings, encoded by the IAB Tech Lab's own library from a minimal in-test
 * vendor list (no network), the way src/app/consent/tcf.test.ts builds them: Google 755,
 * LinkedIn 804 and Microsoft 1126 (reference/audiences-and-vendors.md §2), current policy version.
 */
const purpose = (id: number) => ({ id, name: `Purpose ${id}`, description: '', illustrations: [] });
const vendor = (id: number, name: string) => ({
  id,
  name,
  purposes: [1, 3, 4],
  legIntPurposes: [2, 7, 9, 10],
  flexiblePurposes: [2, 7, 9, 10],
  specialPurposes: [],
  features: [],
  specialFeatures: [],
  cookieMaxAgeSeconds: null,
  usesCookies: true,
  cookieRefresh: false,
  usesNonCookieAccess: false,
  deviceStorageDisclosureUrl: null,
  urls: [],
  dataDeclaration: [],
  dataRetention: { stdRetention: 180, purposes: {}, specialPurposes: {} },
});
const VENDOR_LIST = {
  gvlSpecificationVersion: 3,
  vendorListVersion: 106,
  tcfPolicyVersion: 5,
  lastUpdated: '2025-05-08T16:00:00Z',
  purposes: Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((id) => [id, purpose(id)])),
  specialPurposes: {},
  features: {},
  specialFeatures: {},
  stacks: {},
  dataCategories: {},
  vendors: {
    755: vendor(755, 'Google Advertising Products'),
    804: vendor(804, 'LinkedIn Ireland Unlimited Company'),
    1126: vendor(1126, 'Microsoft Advertising'),
  },
} as unknown as VendorList;

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
