/**
 * Runs once before the suite. Refuses a TEST_DATABASE_URL that is not on this machine: the
 * suite creates and drops schemas, and must never touch a real database by accident.
 */
export default function setup(): void {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const host = new URL(url).hostname;
    if (!['127.0.0.1', 'localhost', '::1', '[::1]', ''].includes(host)) {
      throw new Error(`TEST_DATABASE_URL must point at this machine (got host ${host}).`);
    }
  }
}
