import type { ConsentOutcome } from '../../core/consent/consent-decision.js';
import type { DeviceType } from '../../core/link.js';
import type { ClickFilter } from '../../storage/click-export.js';
import type { StoredLink } from '../../storage/link-store.js';
import type { AppContext } from '../context.js';
import { getLinkOrThrow } from '../links/get-link-or-throw.js';
import { getWorkspaceOrThrow } from '../workspace/manage-workspace.js';
import { rangeInstants, resolveRange } from './stats-range.js';

/** What a client may ask of the clicks (CSV export, events list): the JSON names of their fields. */
export interface ClickFilterParams {
  linkId?: string | undefined;
  range?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  bots: 'include' | 'exclude' | 'only';
  country?: string | undefined;
  device?: DeviceType | undefined;
  consent?: ConsentOutcome | undefined;
  referrerHost?: string | undefined;
  utmSource?: string | undefined;
  utmMedium?: string | undefined;
  utmCampaign?: string | undefined;
  utmTerm?: string | undefined;
  utmContent?: string | undefined;
}

const EXACT = ['country', 'device', 'consent', 'referrerHost', 'utmSource', 'utmMedium', 'utmCampaign', 'utmTerm', 'utmContent'] as const;

/**
 * The stored-clicks filter for a request: the link checked to be the workspace's (404 otherwise),
 * the range resolved like stats (`range`, or `from`/`to`; the last 30 days by default, at most 400).
 */
export async function clickFilter(ctx: AppContext, workspaceId: string, params: ClickFilterParams, now: number): Promise<{ filter: ClickFilter; link: StoredLink | null }> {
  const link = params.linkId ? await getLinkOrThrow(ctx, workspaceId, params.linkId) : null;
  const workspace = await getWorkspaceOrThrow(ctx, workspaceId);
  const instants = rangeInstants(now, params, { timeZone: workspace.timeZone, since: link?.createdAt ?? workspace.createdAt });
  const range = resolveRange(now, { ...instants, interval: 'day' });
  // Only the conditions given: an absent one matches every click.
  const exact = Object.fromEntries(EXACT.filter((f) => params[f] !== undefined).map((f) => [f, params[f]])) as Pick<ClickFilter, (typeof EXACT)[number]>;
  const filter: ClickFilter = { workspaceId, from: range.from, to: range.to, bots: params.bots, ...(link ? { linkId: link.id } : {}), ...exact };
  return { filter, link };
}
