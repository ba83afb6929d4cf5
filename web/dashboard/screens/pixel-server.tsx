/**
 * A pixel's server-side events (docs/conversions.md): its credentials (write-only: the form never
 * shows a stored value, only its masked hint; a field left empty keeps what is stored), its
 * settings, how delivery goes (pending, sent, failed by reason, the last error and success, the
 * latest refusals), and "send test event" with the platform's own answer.
 */
import { useState } from 'preact/hooks';
import { PageHead } from '../components/page-head.js';
import { Check, Field, bindText } from '../components/field.js';
import { ErrorNote, Loading } from '../components/states.js';
import { useToast } from '../components/toast.js';
import { ApiError, messageOf } from '../lib/api.js';
import { formatDate, formatNumber } from '../lib/format.js';
import { can } from '../lib/role.js';
import { useSession } from '../lib/session.js';
import type { Pixel, PixelServer, TestEventResult } from '../lib/types.js';
import { useAsync } from '../lib/use-async.js';
import { CATALOG } from '../../../src/core/pixels/catalog.js';

const REASONS: Record<string, string> = {
  invalid: 'refused as invalid',
  auth: 'credentials refused',
  config: 'not set up for it',
  too_old: 'too old for the platform',
  no_match_keys: 'nothing to match the visitor on',
  destination_gone: 'setup removed',
  retries_exhausted: 'kept failing for 3 days',
  network: 'network errors',
  timeout: 'timeouts',
  rate_limited: 'rate limited',
  server_error: 'platform errors',
};

export function PixelServerScreen({ id }: { id: string }) {
  const { api, role } = useSession();
  const path = `/pixels/${encodeURIComponent(id)}/server`;
  const pixel = useAsync(() => api.get<Pixel>(`/pixels/${encodeURIComponent(id)}`), [id]);
  const server = useAsync(() => api.get<PixelServer>(path), [id]);
  const writable = can(role, 'write:pixels');
  const p = pixel.data;
  const s = server.data;
  const label = p ? `${p.name || p.tagId} (${CATALOG[p.platform]?.label ?? p.platform})` : 'Pixel';

  return (
    <>
      <PageHead title={`Server-side events: ${label}`} back={{ href: '#/pixels', label: 'Pixels' }} />
      {server.status === 'error' && <ErrorNote error={server.error} onRetry={server.reload} />}
      {!s && server.status === 'loading' && <Loading lines={6} label="Loading the server-side setup" />}
      {s && !s.supported && (
        <p class="notice" data-testid="server-unsupported">
          {s.matchQuality}
        </p>
      )}
      {s && s.supported && (
        <div class="stack">
          <p class="notice" data-testid="server-match">
            <strong>Matched on:</strong> {s.matchQuality}
          </p>
          <Delivery server={s} />
          {writable && <SetupForm server={s} path={path} onSaved={server.reload} />}
          {writable && s.configured && <TestEvent path={path} testMode={s.testMode} />}
        </div>
      )}
    </>
  );
}

function Delivery({ server }: { server: PixelServer }) {
  const d = server.delivery;
  const failed = { ...d.failed.rejected, ...d.failed.dropped };
  const failures = Object.entries(failed).filter(([, n]) => (n ?? 0) > 0);
  const retried = Object.entries(d.retried).filter(([, n]) => (n ?? 0) > 0);
  return (
    <section class="card" aria-labelledby="delivery-title" data-testid="server-delivery">
      <h2 id="delivery-title">Delivery {server.configured ? (server.enabled ? <span class="badge">On</span> : <span class="badge">Off</span>) : <span class="badge">Not set up</span>}</h2>
      <div class="kpis">
        <div class="kpi">
          <span class="value" data-testid="server-sent">{formatNumber(d.sent)}</span>
          <span class="label">Sent</span>
        </div>
        <div class="kpi">
          <span class="value" data-testid="server-pending">{formatNumber(d.pending)}</span>
          <span class="label">Waiting</span>
        </div>
        <div class="kpi">
          <span class="value" data-testid="server-failed">{formatNumber(failures.reduce((n, [, v]) => n + (v ?? 0), 0))}</span>
          <span class="label">Failed</span>
        </div>
      </div>
      {failures.length > 0 && (
        <p class="small">Failed: {failures.map(([reason, n]) => `${formatNumber(n ?? 0)} ${REASONS[reason] ?? reason}`).join(', ')}.</p>
      )}
      {retried.length > 0 && <p class="small muted">Retried: {retried.map(([reason, n]) => `${formatNumber(n ?? 0)} ${REASONS[reason] ?? reason}`).join(', ')}.</p>}
      <p class="small muted">
        Last success: {d.lastSuccessAt ? formatDate(d.lastSuccessAt) : 'none yet'}
        {d.lastError && (
          <>
            {' · '}Last error ({d.lastErrorAt ? formatDate(d.lastErrorAt) : ''}): <span data-testid="server-last-error">{d.lastError}</span>
          </>
        )}
      </p>
      {d.deadLetters.length > 0 && (
        <details>
          <summary>Latest refusals</summary>
          <ul class="small">
            {d.deadLetters.map((x) => (
              <li key={x.id}>
                {formatDate(x.queuedAt)} — {REASONS[x.reason] ?? x.reason}: {x.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function SetupForm({ server, path, onSaved }: { server: PixelServer; path: string; onSaved(): void }) {
  const { api } = useSession();
  const toast = useToast();
  const [values, setValues] = useState<Record<string, string>>(() => ({ ...server.settings }));
  const [enabled, setEnabled] = useState(server.configured ? server.enabled : true);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    setError(null);
    const settings: Record<string, string | null> = {};
    const credentials: Record<string, string> = {};
    for (const f of server.fields) {
      const v = (values[f.name] ?? '').trim();
      if (f.secret) {
        if (v) credentials[f.name] = v;
      } else settings[f.name] = v || null;
    }
    try {
      await api.put(path, { enabled, settings, credentials });
      // The credentials typed in are not kept in the page once saved.
      setValues((old) => Object.fromEntries(Object.entries(old).filter(([k]) => !server.fields.find((f) => f.name === k)?.secret)));
      toast.ok('Saved the server-side setup.');
      onSaved();
    } catch (e) {
      setError(e instanceof ApiError && e.code === 'SERVER_SETTINGS_INVALID' ? e.message : messageOf(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      class="card form-grid"
      aria-labelledby="setup-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="setup-title">Setup</h2>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {server.fields.map((f) => {
        const stored = server.credentials[f.name];
        return (
          <Field key={f.name} id={`srv-${f.name}`} label={`${f.label}${f.required ? '' : ' (optional)'}`} hint={f.secret && stored ? `Stored: ${stored}. Leave empty to keep it; type a new one to rotate it. ${f.help}` : f.help}>
            {(a) => {
              const bound = bindText(values[f.name] ?? '', (v) => setValues((old) => ({ ...old, [f.name]: v })));
              return f.secret ? (
                <input {...a} type="password" autoComplete="new-password" spellcheck={false} placeholder={stored ?? ''} {...bound} />
              ) : (
                <input {...a} type="text" autoComplete="off" spellcheck={false} {...bound} />
              );
            }}
          </Field>
        );
      })}
      <Check id="srv-enabled" checked={enabled} onChange={setEnabled} label="Send server-side events" hint="Clicks where this pixel fires (or would, on a server-only link) also go to the platform from the server." />
      <div>
        <button type="submit" class="btn btn-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save setup'}
        </button>
      </div>
    </form>
  );
}

function TestEvent({ path, testMode }: { path: string; testMode: string | null }) {
  const { api } = useSession();
  const [result, setResult] = useState<TestEventResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function send() {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await api.post<TestEventResult>(`${path}/test`, {}));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section class="card" aria-labelledby="test-title">
      <h2 id="test-title">Test event</h2>
      <p class="small muted">{testMode ? `Sends a page view, the audience event and a lead through ${testMode}, and shows what the platform answered.` : 'This platform publishes no test mode: its events can only be sent for real.'}</p>
      {testMode && (
        <button type="button" class="btn" onClick={() => void send()} disabled={busy}>
          {busy ? 'Sending…' : 'Send test event'}
        </button>
      )}
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div class={`notice ${result.outcome === 'sent' ? 'ok' : 'error'}`} role="status" data-testid="test-result">
          <p>
            {result.outcome === 'sent' ? 'The platform took the test event.' : `Not taken (${result.reason ?? result.outcome}): ${result.message ?? ''}`}
          </p>
          {result.answer !== null && (
            <pre class="small mono" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              HTTP {result.status} {result.answer}
            </pre>
          )}
        </div>
      )}
    </section>
  );
}
