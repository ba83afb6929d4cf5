/**
 * Runs once before the suite. Refuses a TEST_DATABASE_URL that is not on this machine: the
 * suite creates and drops schemas, and must never touch a real database by accident. Says so
 * when the PostgreSQL cases will not run (issue 14: they used to be dropped silently), and
 * refuses to run that way in CI, where both engines must always be tested.
 */
export default function setup(): void {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const host = new URL(url).hostname;
    if (!['127.0.0.1', 'localhost', '::1', '[::1]', ''].includes(host)) {
      throw new Error(`TEST_DATABASE_URL must point at this machine (got host ${host}).`);
    }
  }
  const chosen = process.env.TEST_ENGINES?.split(',').map((s) => s.trim());
  if (chosen ? chosen.includes('postgres') : url) return;
  // Chosen (TEST_ENGINES=sqlite, as mutation testing does) is a choice; missing in CI is a mistake.
  if (!chosen && process.env.CI) {
    throw new Error('test: CI must run the PostgreSQL cases too, but TEST_DATABASE_URL is not set: run `npm test`, which starts a throwaway PostgreSQL.');
  }
  const why = chosen ? `TEST_ENGINES=${process.env.TEST_ENGINES}` : 'TEST_DATABASE_URL is not set';
  process.stderr.write(
    `\n\x1b[33mtest: SQLite only (${why}): every PostgreSQL case is skipped. ` +
      '`npm test` starts a throwaway PostgreSQL and runs both engines.\x1b[0m\n\n',
  );
}
