import { rejected, sent, type BatchVerdict, type DeliveryOutcome } from '../../delivery/outcome.js';
import type { PlatformItem } from '../server-event.js';

/**
 * For platforms that answer per event (Pinterest's `events[]`, Microsoft's `details[].index`): a
 * delivery carries one or more events; it is rejected with the first of its events' errors, and
 * sent when none failed. `errorAt(i)` is the error of the i-th event of the request, or null.
 */
export function perEventVerdict(items: readonly PlatformItem[], errorAt: (eventIndex: number) => string | null): BatchVerdict {
  const outcomes: DeliveryOutcome[] = [];
  let index = 0;
  for (const item of items) {
    let error: string | null = null;
    for (let i = 0; i < item.events.length; i++, index++) error ??= errorAt(index);
    outcomes.push(error === null ? sent() : rejected('invalid', error));
  }
  return { outcomes };
}
