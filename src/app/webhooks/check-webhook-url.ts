import { AppError } from '../../core/errors.js';
import { allowedAddresses, AddressRefusedError } from '../../webhooks/address-guard.js';
import type { AppContext } from '../context.js';
import { safeUrlOrThrow } from '../safe-url.js';

/**
 * A webhook URL, normalised, or a clear 422: not an absolute http(s) URL (`URL_UNSAFE`), a host
 * that does not resolve (`WEBHOOK_URL_UNRESOLVABLE`), or one that leads to an address webhooks
 * are not delivered to (`WEBHOOK_URL_FORBIDDEN`, with the reason and the address). Deliveries check
 * again on every connection (DNS can change): docs/webhooks.md "Safety".
 */
export async function checkWebhookUrl(ctx: AppContext, value: string): Promise<string> {
  const url = safeUrlOrThrow('url', value);
  const host = new URL(url).hostname;
  try {
    await allowedAddresses(host, ctx.lookupHost, ctx.config.webhooks.allowedNetworks);
  } catch (error) {
    if (!(error instanceof AddressRefusedError)) throw error;
    if (error.reason === 'unresolvable') throw new AppError('WEBHOOK_URL_UNRESOLVABLE', `url: ${error.message}.`, { field: 'url', host });
    throw new AppError('WEBHOOK_URL_FORBIDDEN', `url: ${error.message}.`, { field: 'url', reason: error.reason, host, address: error.address });
  }
  return url;
}
