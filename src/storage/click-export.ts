import type { Database } from './database.js';
import type { ClicksTable } from './schema.js';

export interface ClickExportFilter {
  workspaceId: string;
  linkId?: string;
  from: number;
  to: number;
  bots: 'include' | 'exclude' | 'only';
}

export type ExportRow = Omit<ClicksTable, 'visitor_hash' | 'workspace_id'>;

const PAGE = 2000;

/**
 * Clicks in time order, read in keyset pages of 2,000 (`(at, id)` after the last row), so an
 * export of millions of rows holds one page in memory at a time.
 */
export async function* exportClicks(database: Database, filter: ClickExportFilter): AsyncGenerator<ExportRow[]> {
  let after: { at: number; id: string } | null = null;
  for (;;) {
    let q = database.db
      .selectFrom('clicks')
      .select([
        'id', 'link_id', 'domain', 'at', 'country', 'device', 'os', 'browser', 'referrer_host', 'utm_source', 'utm_medium',
        'utm_campaign', 'utm_term', 'utm_content', 'click_ids', 'bot', 'consent', 'pixels_fired', 'pixels_confirmed',
      ])
      .where(filter.linkId ? 'link_id' : 'workspace_id', '=', filter.linkId ?? filter.workspaceId)
      .where('workspace_id', '=', filter.workspaceId)
      .where('at', '>=', filter.from)
      .where('at', '<', filter.to)
      .orderBy('at')
      .orderBy('id')
      .limit(PAGE);
    if (filter.bots === 'exclude') q = q.where('bot', '=', 0);
    if (filter.bots === 'only') q = q.where('bot', '=', 1);
    if (after) {
      const { at, id } = after;
      q = q.where((eb) => eb.or([eb('at', '>', at), eb.and([eb('at', '=', at), eb('id', '>', id)])]));
    }
    const rows = await q.execute();
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1] as ExportRow;
    after = { at: last.at, id: last.id };
  }
}
