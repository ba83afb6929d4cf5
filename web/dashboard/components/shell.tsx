import type { ComponentChildren } from 'preact';
import { can, ROLE_LABELS } from '../lib/role.js';
import type { Route } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { Logo } from './icons.js';
import { WebhookBanner } from './webhook-banner.js';

const NAV: Array<{ href: string; label: string; active: Array<Route['name']> }> = [
  { href: '#/links', label: 'Links', active: ['links', 'link', 'link-new', 'link-edit', 'link-bulk'] },
  { href: '#/analytics', label: 'Analytics', active: ['analytics'] },
  { href: '#/pixels', label: 'Pixels', active: ['pixels', 'pixel-audience'] },
  { href: '#/domains', label: 'Domains', active: ['domains'] },
  { href: '#/keys', label: 'API keys', active: ['keys'] },
  { href: '#/settings', label: 'Settings', active: ['settings'] },
  { href: '#/audit', label: 'Audit log', active: ['audit'] },
];
/** Only for roles that may see them (admins and owners): webhook URLs are integration secrets. */
const WEBHOOKS_NAV = { href: '#/webhooks', label: 'Webhooks', active: ['webhooks', 'webhook'] as Array<Route['name']> };

/** Header (workspace, role, sign out), navigation, and the main landmark. */
export function Shell({ route, children }: { route: Route; children: ComponentChildren }) {
  const { workspace, role, signOut } = useSession();
  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        Skip to content
      </a>
      <header class="topbar">
        <div class="topbar-inner">
          <a class="brand" href="#/links">
            <Logo />
            Ricochet
          </a>
          <div class="who">
            <span>
              Workspace <strong data-testid="workspace-name">{workspace.name}</strong>
            </span>
            <span class="badge neutral" data-testid="role">
              {ROLE_LABELS[role]}
            </span>
            <button type="button" class="btn btn-sm" onClick={signOut}>
              Sign out
            </button>
          </div>
          <nav class="nav" aria-label="Main">
            {[...NAV.slice(0, 3), ...(can(role, 'write:webhooks') ? [WEBHOOKS_NAV] : []), ...NAV.slice(3)].map((n) => (
              <a key={n.href} href={n.href} aria-current={n.active.includes(route.name) ? 'page' : undefined}>
                {n.label}
              </a>
            ))}
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <WebhookBanner path={route.name} />
        {children}
      </main>
    </>
  );
}
