import { useEffect, useState } from 'preact/hooks';
import { Field, bindText } from '../components/field.js';
import { Logo } from '../components/icons.js';
import { messageOf } from '../lib/api.js';

/** Sign in with an API key; the API's own error message is shown when it is refused. */
export function SignInScreen({ onSignIn, notice }: { onSignIn(key: string): Promise<void>; notice?: string | undefined }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    document.title = 'Sign in · Ricochet';
  }, []);

  async function submit(e: Event) {
    e.preventDefault();
    const value = key.trim();
    if (!value) {
      setError('Paste your API key.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await onSignIn(value);
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  }

  return (
    <div class="signin">
      <main class="card" id="main">
        <div class="brand">
          <Logo />
          Ricochet
        </div>
        <h1>Sign in</h1>
        <p class="muted">Use an API key of your workspace. It stays in this browser tab only and is forgotten when you close it.</p>
        {notice && !error && (
          <p class="notice warn" role="status">
            {notice}
          </p>
        )}
        <form onSubmit={submit} noValidate>
          <Field
            id="api-key"
            label="API key"
            hint={
              <>
                Starts with <code>rk_</code>. Create one with <code>ricochet keys create</code> or ask an admin.
              </>
            }
            error={error}
            alert
          >
            {(a) => (
              <input
                {...a}
                type="password"
                name="api-key"
                autoComplete="off"
                spellcheck={false}
                autofocus
                {...bindText(key, setKey)}
              />
            )}
          </Field>
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </main>
    </div>
  );
}
