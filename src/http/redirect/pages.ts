import { escapeHtml } from './html.js';

/**
 * The small pages the redirect path answers with when there is no destination. Self-contained
 * (no scripts, inline style only), so they render under `default-src 'none'`.
 */
const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;background:#f6f7f9;color:#1d2330}' +
  'main{max-width:28rem;padding:2rem;text-align:center}h1{font-size:1.4rem;margin:0 0 .5rem}p{margin:.25rem 0 1rem;color:#4a5263}' +
  'input,button{font:inherit;padding:.6rem .8rem;border-radius:.4rem;border:1px solid #b8bfcc}button{background:#1d4ed8;color:#fff;border-color:#1d4ed8;cursor:pointer}' +
  '.err{color:#b42318}';

export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export function notFoundPage(): string {
  return page('Link not found', '<h1>This link does not exist</h1><p>Check the address for typos; short links are case-sensitive.</p>');
}

export function expiredPage(): string {
  return page('Link expired', '<h1>This link has expired</h1><p>The owner set it to stop working after a date.</p>');
}

export function limitReachedPage(): string {
  return page('Link unavailable', '<h1>This link is no longer available</h1><p>It reached the number of visits its owner allowed.</p>');
}

export function badRequestPage(): string {
  return page('Bad request', '<h1>Bad request</h1><p>The address is malformed.</p>');
}

export function blockedPage(): string {
  return page('Link disabled', '<h1>This link has been disabled</h1><p>Its destination is not allowed on this server.</p>');
}

/** The form posts back to the same URL (query kept) so the destination still gets it. */
export function passwordPage(action: string, wrong: boolean, retryAfterSeconds = 0): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return page(
    'Password required',
    `<h1>This link is protected</h1><p>Enter the password to continue.</p>` +
      (wrong ? '<p class="err" role="alert">That password is not right.</p>' : '') +
      (retryAfterSeconds > 0 ? `<p class="err" role="alert">Too many wrong passwords. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.</p>` : '') +
      `<form method="post" action="${escapeHtml(action)}"><label for="pw" style="position:absolute;left:-9999px">Password</label>` +
      `<input id="pw" name="password" type="password" autocomplete="current-password" required autofocus> <button type="submit">Continue</button></form>`,
  );
}
