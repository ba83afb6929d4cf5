/**
 * The conversion-tracking script for a destination site (docs/conversions.md "Conversion
 * tracking"), served by Ricochet at `/_r/track.js`. When the page's URL carries `rc_click` (the
 * click id a tracking link appended), it keeps it in a first-party cookie of the site, `rc_click`,
 * for the attribution window, and takes it out of the address bar. The site's server reads the
 * cookie when a customer signs up or pays and calls `POST /api/v1/track/lead` or `/track/sale`.
 * `window.ricochet.clickId()` gives it to the page's own code.
 *
 * Options, as attributes of the script tag: `data-domain` (set the cookie for a parent domain,
 * e.g. `example.com` to share it with `shop.example.com`).
 */
const NAME = 'rc_click';
// The server writes ATTRIBUTION_WINDOW_DAYS here when it serves the file.
const DAYS = Number('__RC_WINDOW_DAYS__') || 90;
const ID = /^clk_[0-9a-z]{26}$/;

const script = document.currentScript;
const url = new URL(location.href);
const fromUrl = url.searchParams.get(NAME);

if (fromUrl && ID.test(fromUrl)) {
  const domain = script?.getAttribute('data-domain');
  document.cookie =
    `${NAME}=${fromUrl}; Max-Age=${DAYS * 86400}; Path=/; SameSite=Lax` +
    (domain ? `; Domain=${domain}` : '') +
    (location.protocol === 'https:' ? '; Secure' : '');
  url.searchParams.delete(NAME);
  try {
    history.replaceState(history.state, '', url.toString());
  } catch {
    // A sandboxed page may not: the cookie is set anyway.
  }
}

(window as unknown as { ricochet: { clickId(): string | null } }).ricochet = {
  clickId() {
    const m = new RegExp(`(?:^|; )${NAME}=(clk_[0-9a-z]{26})`).exec(document.cookie);
    return m ? (m[1] as string) : null;
  },
};
