import { readHeader, type HeaderBag } from './headers.js';

/**
 * Global Privacy Control: the browser sends `Sec-GPC: 1` when the user asks not to be sold or
 * shared; the header is absent otherwise (W3C GPC spec; docs/pixels.md §2.3). The spec defines only
 * the value `1`, so anything else (`0`, garbage) is treated as absent.
 *
 * @example hasGlobalPrivacyControl(new Headers({ 'Sec-GPC': '1' })) // true
 */
export function hasGlobalPrivacyControl(headers: HeaderBag): boolean {
  return readHeader(headers, 'sec-gpc')?.trim() === '1';
}
