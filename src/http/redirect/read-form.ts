/**
 * The password field of the password form's body (`application/x-www-form-urlencoded`, read
 * with its size limit by `readBody`); null when it is malformed or has no password field.
 */
export function readPasswordForm(body: Buffer): string | null {
  try {
    return new URLSearchParams(body.toString('utf8')).get('password');
  } catch {
    return null;
  }
}
