import { GVL, PurposeRestriction, RestrictionType, TCModel, TCString, type VendorList } from '@iabtechlabtcf/core';

/**
 * A minimal IAB Global Vendor List for encoding real TC strings in tests (no network): the
 * vendors of docs/pixels.md §7 — Google 755, LinkedIn 804, Microsoft 1126 —
 * with their consent purposes 1, 3, 4, at the current policy version.
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
export const TEST_VENDOR_LIST = {
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
 * A real TC string encoded by the IAB Tech Lab's own library from TEST_VENDOR_LIST.
 * `notAllowed` adds publisher restrictions; `policyVersion` encodes an outdated string.
 * @example encodeTcString({ purposes: [1, 3, 4], vendors: [755] }) // 'CQ…' granting Google only
 */
export function encodeTcString(opts: {
  purposes: number[];
  vendors: number[];
  notAllowed?: [vendorId: number, purposeId: number][];
  policyVersion?: number;
}): string {
  // The model takes its policy version from the GVL, so an outdated string needs an outdated list.
  const list = opts.policyVersion === undefined ? TEST_VENDOR_LIST : ({ ...TEST_VENDOR_LIST, tcfPolicyVersion: opts.policyVersion } as VendorList);
  const model = new TCModel(new GVL(list));
  model.cmpId = 10;
  model.cmpVersion = 1;
  model.consentScreen = 1;
  model.isServiceSpecific = true;
  model.purposeConsents.set(opts.purposes);
  model.vendorConsents.set(opts.vendors);
  for (const [vendorId, purposeId] of opts.notAllowed ?? []) {
    model.publisherRestrictions.add(vendorId, new PurposeRestriction(purposeId, RestrictionType.NOT_ALLOWED));
  }
  return TCString.encode(model);
}
