import { PageHead } from '../components/page-head.js';
import { StatsView } from '../components/stats-view.js';
import { ConversionsPanel } from '../components/conversions-panel.js';
import { useSession } from '../lib/session.js';

/** Workspace-wide analytics: every link together. */
export function AnalyticsScreen() {
  const { workspace } = useSession();
  return (
    <>
      <PageHead title="Analytics" sub={`All links of ${workspace.name}. Days follow the workspace time zone (${workspace.timeZone}).`} />
      <StatsView path="/stats" exportName={workspace.name} title="All links" />
      <ConversionsPanel exportName={workspace.name} />
    </>
  );
}
