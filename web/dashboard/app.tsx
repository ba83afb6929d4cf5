/**
 * The app: restores or opens a session, then renders the screen for the current hash route.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { Shell } from './components/shell.js';
import { Loading } from './components/states.js';
import { ToastProvider } from './components/toast.js';
import { ApiError } from './lib/api.js';
import { useLocation, type Location } from './lib/router.js';
import { openSession, SessionContext, storedKey, storeKey, type Session, type SessionContextValue } from './lib/session.js';
import type { Workspace } from './lib/types.js';
import { AnalyticsScreen } from './screens/analytics.js';
import { AuditLogScreen } from './screens/audit-log.js';
import { BulkCreateScreen } from './screens/bulk-create.js';
import { DomainsScreen } from './screens/domains.js';
import { KeysScreen } from './screens/keys.js';
import { LinkDetailScreen } from './screens/link-detail.js';
import { LinkFormScreen } from './screens/link-form.js';
import { LinksScreen } from './screens/links.js';
import { NotFoundScreen } from './screens/not-found.js';
import { PixelAudienceScreen } from './screens/pixel-audience.js';
import { PixelServerScreen } from './screens/pixel-server.js';
import { PixelsScreen } from './screens/pixels.js';
import { SettingsScreen } from './screens/settings.js';
import { SignInScreen } from './screens/sign-in.js';
import { WebhookDetailScreen } from './screens/webhook-detail.js';
import { WebhooksScreen } from './screens/webhooks.js';

type State = { status: 'checking' } | { status: 'signed-out'; notice?: string } | { status: 'signed-in'; session: Session };

export function App() {
  return (
    <ToastProvider>
      <Root />
    </ToastProvider>
  );
}

function Root() {
  const [state, setState] = useState<State>(() => (storedKey() ? { status: 'checking' } : { status: 'signed-out' }));
  const loc = useLocation();

  const expire = useCallback((error: ApiError) => {
    storeKey(null);
    setState({ status: 'signed-out', notice: `You were signed out: ${error.message}` });
  }, []);

  const signIn = useCallback(
    async (key: string) => {
      const session = await openSession(key, expire);
      storeKey(key);
      setState({ status: 'signed-in', session });
    },
    [expire],
  );

  useEffect(() => {
    const key = storedKey();
    if (!key) return;
    openSession(key, expire).then(
      (session) => setState({ status: 'signed-in', session }),
      (error: unknown) => {
        // A revoked key is forgotten; a network blip keeps it so a reload can retry.
        if (error instanceof ApiError && error.status === 401) storeKey(null);
        setState({ status: 'signed-out', notice: error instanceof Error ? error.message : String(error) });
      },
    );
  }, [expire]);

  if (state.status === 'checking') {
    return (
      <div class="signin">
        <Loading lines={3} label="Signing in" />
      </div>
    );
  }
  if (state.status === 'signed-out') return <SignInScreen onSignIn={signIn} notice={state.notice} />;
  return <SignedIn session={state.session} loc={loc} setState={setState} />;
}

function SignedIn({ session, loc, setState }: { session: Session; loc: Location; setState(s: State): void }) {
  const [workspace, setWorkspace] = useState<Workspace>(session.workspace);
  const value = useMemo<SessionContextValue>(
    () => ({
      ...session,
      workspace,
      setWorkspace,
      signOut: () => {
        storeKey(null);
        setState({ status: 'signed-out' });
        history.replaceState(null, '', location.pathname);
      },
    }),
    [session, workspace, setState],
  );
  const { route, query } = loc;
  let screen;
  switch (route.name) {
    case 'links':
      screen = <LinksScreen query={query} />;
      break;
    case 'link-new':
      screen = <LinkFormScreen key="new" />;
      break;
    case 'link-edit':
      screen = <LinkFormScreen key={route.id} id={route.id} />;
      break;
    case 'link-bulk':
      screen = <BulkCreateScreen />;
      break;
    case 'link':
      screen = <LinkDetailScreen key={route.id} id={route.id} query={query} />;
      break;
    case 'analytics':
      screen = <AnalyticsScreen query={query} />;
      break;
    case 'pixels':
      screen = <PixelsScreen />;
      break;
    case 'pixel-audience':
      screen = <PixelAudienceScreen key={route.id} id={route.id} />;
      break;
    case 'pixel-server':
      screen = <PixelServerScreen key={route.id} id={route.id} />;
      break;
    case 'settings':
      screen = <SettingsScreen />;
      break;
    case 'domains':
      screen = <DomainsScreen />;
      break;
    case 'keys':
      screen = <KeysScreen />;
      break;
    case 'webhooks':
      screen = <WebhooksScreen />;
      break;
    case 'webhook':
      screen = <WebhookDetailScreen key={route.id} id={route.id} />;
      break;
    case 'audit':
      screen = <AuditLogScreen />;
      break;
    default:
      screen = <NotFoundScreen />;
  }
  return (
    <SessionContext.Provider value={value}>
      <Shell route={route}>{screen}</Shell>
    </SessionContext.Provider>
  );
}
