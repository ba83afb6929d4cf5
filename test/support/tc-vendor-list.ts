import type { VendorList } from '@iabtechlabtcf/core';

/**
 * A minimal IAB Global Vendor List for encoding real TC strings in tests (no network): the
 * vendors of reference/audiences-and-vendors.md §2 — Google 755, LinkedIn 804, Microsoft 1126 —
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
