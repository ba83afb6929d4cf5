/**
 * Labels of the link form: where each API field path is shown (element id) and what it is called
 * in the error summary, and the plain names of the consent choices. Pure data.
 */

/** Where each API field path is shown, and its label in the error summary. */
export const FIELDS: Array<{ path: string; id: string; label: string }> = [
  { path: 'url', id: 'lf-url', label: 'Destination URL' },
  { path: 'slug', id: 'lf-slug', label: 'Slug' },
  { path: 'domain', id: 'lf-domain', label: 'Domain' },
  { path: 'title', id: 'lf-title', label: 'Title' },
  { path: 'tags', id: 'lf-tags', label: 'Tags' },
  { path: 'pixelIds', id: 'lf-pixels', label: 'Pixels' },
  { path: 'consent', id: 'lf-consent-policy', label: 'Consent' },
  { path: 'rules', id: 'lf-rules', label: 'Routing rules' },
  { path: 'expiresAt', id: 'lf-expires', label: 'Expires at' },
  { path: 'expiredUrl', id: 'lf-expired-url', label: 'After expiry, send to' },
  { path: 'maxClicks', id: 'lf-max-clicks', label: 'Click limit' },
  { path: 'limitUrl', id: 'lf-limit-url', label: 'After the limit, send to' },
  { path: 'password', id: 'lf-password', label: 'Password' },
  { path: 'redirectType', id: 'lf-redirect-type', label: 'Redirect type' },
  { path: 'forwardQuery', id: 'lf-forward', label: 'Forward query' },
  { path: 'event.name', id: 'lf-event-name', label: 'Event name' },
  { path: 'event', id: 'lf-event-params', label: 'Event parameters' },
  { path: 'og.title', id: 'lf-og-title', label: 'Preview title' },
  { path: 'og.description', id: 'lf-og-description', label: 'Preview description' },
  { path: 'og.image', id: 'lf-og-image', label: 'Preview image' },
  { path: 'og', id: 'lf-og-title', label: 'Link preview' },
];

export function fieldFor(path: string) {
  return FIELDS.find((f) => path === f.path || path.startsWith(f.path + '.')) ?? null;
}

export const POLICY_NAMES = { regional: 'Opt-in regions only', always: 'Everyone', never: 'Nobody' } as const;
export const ACTION_NAMES = { skip: 'Skip pixels', ask: 'Ask with a prompt' } as const;
