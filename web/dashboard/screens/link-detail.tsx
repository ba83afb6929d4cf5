/** One link: its settings at a glance, copy / QR / edit / delete, and its analytics. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { CopyButton } from '../components/copy-button.js';
import { DeleteLinkDialog } from '../components/delete-link-dialog.js';
import { QrIcon } from '../components/icons.js';
import { PageHead } from '../components/page-head.js';
import { PasswordLockout } from '../components/password-lockout.js';
import { QrDialog } from '../components/qr-dialog.js';
import { ErrorNote, Loading } from '../components/states.js';
import { StatsView } from '../components/stats-view.js';
import { ConversionsPanel } from '../components/conversions-panel.js';
import { useToast } from '../components/toast.js';
import { messageOf } from '../lib/api.js';
import { displayUrl, formatDateTime, formatNumber } from '../lib/format.js';
import { loadAll } from '../lib/load-all.js';
import { can } from '../lib/role.js';
import { navigate } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import type { Link, Pixel } from '../lib/types.js';
import { useAsync } from '../lib/use-async.js';
import { CATALOG } from '../../../src/core/pixels/catalog.js';
import { ACTION_NAMES, POLICY_NAMES } from '../lib/link-form-labels.js';

export function LinkDetailScreen({ id }: { id: string }) {
  const { api, role } = useSession();
  const toast = useToast();
  const link = useAsync(() => api.get<Link>(`/links/${encodeURIComponent(id)}`), [id]);
  const pixels = useAsync(() => loadAll<Pixel>(api, '/pixels'), []);
  const [qr, setQr] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const writable = can(role, 'write:links');

  if (!link.data) {
    return (
      <>
        <PageHead title="Link" back={{ href: '#/links', label: 'Links' }} />
        {link.status === 'error' ? <ErrorNote error={link.error} onRetry={link.reload} /> : <Loading lines={8} label="Loading the link" />}
      </>
    );
  }
  const l = link.data;

  async function remove() {
    setBusy(true);
    try {
      await api.del(`/links/${encodeURIComponent(l.id)}`);
      toast.ok(`Deleted /${l.slug}.`);
      navigate('#/links');
    } catch (error) {
      toast.error(messageOf(error));
      setBusy(false);
      setConfirming(false);
    }
  }

  const pixelNames = l.pixelIds.map((pid) => {
    const p = pixels.data?.find((x) => x.id === pid);
    return p ? `${p.name || p.tagId} (${CATALOG[p.platform]?.label ?? p.platform})` : pid;
  });
  const consent = l.consent
    ? [l.consent.policy && POLICY_NAMES[l.consent.policy], l.consent.optInAction && ACTION_NAMES[l.consent.optInAction]].filter(Boolean).join(' · ')
    : 'Workspace settings';

  return (
    <>
      <PageHead
        title={l.title || `/${l.slug}`}
        back={{ href: '#/links', label: 'Links' }}
        actions={
          <>
            <button type="button" class="btn" onClick={() => setQr(true)}>
              <QrIcon /> QR code
            </button>
            {writable && (
              <>
                <a class="btn" href={`#/links/${encodeURIComponent(l.id)}/edit`}>
                  Edit
                </a>
                <button type="button" class="btn btn-danger" onClick={() => setConfirming(true)}>
                  Delete
                </button>
              </>
            )}
          </>
        }
      />
      {l.hasPassword && <PasswordLockout linkId={l.id} writable={writable} />}
      <div class="card">
        <div class="row" style={{ marginBottom: '0.75rem' }}>
          <a class="mono" href={l.shortUrl} target="_blank" rel="noopener noreferrer" data-testid="short-url" style={{ fontSize: '1.05rem', fontWeight: 600 }}>
            {l.shortUrl}
          </a>
          <CopyButton text={l.shortUrl} label="Copy short link" />
        </div>
        <dl class="facts">
          <Fact term="Destination">
            <a href={l.url} target="_blank" rel="noopener noreferrer" class="dest-link">
              {displayUrl(l.url)}
            </a>
          </Fact>
          <Fact term="Human clicks" testId="fact-clicks">
            {formatNumber(l.humanClicks)}
          </Fact>
          <Fact term="Tags">{l.tags.length ? l.tags.join(', ') : '–'}</Fact>
          <Fact term="Pixels">{pixelNames.length ? pixelNames.join(', ') : 'None'}</Fact>
          <Fact term="Consent">{consent}</Fact>
          <Fact term="Redirect">
            {l.redirectType}
            {l.forwardQuery ? ', query forwarded' : ', query not forwarded'}
            {l.serverOnly ? ', server-only (pixels as server-side events)' : ''}
          </Fact>
          {l.conversionTracking !== null && <Fact term="Conversion tracking">{l.conversionTracking ? 'On (rc_click)' : 'Off'}</Fact>}
          {l.rules.length > 0 && <Fact term="Routing rules">{l.rules.length}</Fact>}
          {l.expiresAt && <Fact term="Expires">{formatDateTime(l.expiresAt)}</Fact>}
          {l.maxClicks !== null && <Fact term="Click limit">{formatNumber(l.maxClicks)}</Fact>}
          {l.hasPassword && <Fact term="Password">Required</Fact>}
          <Fact term="Audience event">{l.event?.name ?? 'ricochet_click'}</Fact>
          <Fact term="Created">{formatDateTime(l.createdAt)}</Fact>
        </dl>
      </div>
      <div style={{ marginTop: '1.5rem' }}>
        <StatsView path={`/links/${encodeURIComponent(l.id)}/stats`} linkId={l.id} exportName={l.slug} onRefresh={link.reload} />
        <ConversionsPanel linkId={l.id} exportName={l.slug} />
      </div>
      <QrDialog open={qr} url={l.shortUrl} name={l.slug} onClose={() => setQr(false)} />
      <DeleteLinkDialog shortUrl={confirming ? l.shortUrl : null} busy={busy} onConfirm={remove} onCancel={() => setConfirming(false)} />
    </>
  );
}

function Fact({ term, children, testId }: { term: string; children: ComponentChildren; testId?: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}
