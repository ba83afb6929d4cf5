/**
 * What mutation testing covers (docs/testing.md), in scopes that are run one at a time, each
 * against the tests that can kill its mutants: `core` and `ingest` against their unit tests (a
 * full run of them takes a second or two, so static mutants are cheap), `http` against the
 * redirect path's tests over real HTTP (the server runs in the test process).
 *
 * `ignoreStatic`: a static mutant (in code run once, at import: constants, tables) can only be
 * tested by rerunning every test of the scope. Where that is the slow server tests, static
 * mutants are skipped (not counted) in the regular runs; the constants they would change are
 * pinned by boundary tests instead (docs/testing.md).
 *
 * To cover more code (the conversions and the webhook signing code, once they land), add a scope
 * here — its files to `mutate`, its tests to `tests` — and its name to SCOPES in
 * scripts/mutation.sh; or add to an existing scope.
 */
export const SCOPES = {
  core: {
    mutate: ['src/core/redirect/**/*.ts', 'src/core/consent/**/*.ts', 'src/core/url-safety.ts'],
    tests: ['src/core/**/*.test.ts'],
  },
  ingest: {
    // The writer thread's entry point runs only in a worker thread, where no mutant can be
    // switched on; the coverage run counts it (docs/testing.md).
    mutate: ['src/ingest/**/*.ts', '!src/ingest/click-writer-thread.ts'],
    tests: ['src/ingest/**/*.test.ts'],
    ignoreStatic: true,
  },
  http: {
    mutate: ['src/http/redirect/**/*.ts', 'src/app/password.ts'],
    tests: ['src/http/redirect/**/*.test.ts', 'src/app/password.test.ts', 'test/redirect/**/*.test.ts', 'test/api/redirects.test.ts'],
    ignoreStatic: true,
  },
};

/** The scope named by MUTATION_SCOPE (default `core`). */
export function mutationScope() {
  const name = process.env.MUTATION_SCOPE ?? 'core';
  const scope = SCOPES[name];
  if (!scope) throw new Error(`MUTATION_SCOPE: unknown scope ${name} (one of ${Object.keys(SCOPES).join(', ')})`);
  return { name, ...scope };
}
