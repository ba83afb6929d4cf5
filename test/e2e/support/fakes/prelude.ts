/**
 * Shared helpers of the fake vendor libraries. Each fake is served as plain ES5 JavaScript at the
 * vendor's real loader URL and, like the real library (docs/pixels.md §4.3), drains the stub's queue,
 * makes the platform's config round trip, and only then, `delayMs` later, sends its hits with the
 * platform's real transport. Fakes that record synchronously would hide the bug the interstitial
 * exists to avoid (leaving on script `onload`).
 *
 * Every call a global receives is reported to the test through the `__rcVendorCall` binding, and
 * so is each hit just before it is issued (`sent`), which lets tests order hits against the page's
 * own navigation (reported through the same binding, so in the page's order).
 */
export const CALL_BINDING = '__rcVendorCall';
/** Pseudo-globals on the binding: a hit about to be issued, and a navigation of the page. */
export const SENT = '@sent';
export const NAVIGATE = '@navigate';

/**
 * Reports every navigation the page starts (Navigation API `navigate` event: fired synchronously
 * when `location.replace`, a link or a refresh begins, before any request).
 */
export const NAVIGATION_REPORTER = `if (window.navigation) navigation.addEventListener('navigate', function (e) {
  try { window.${CALL_BINDING}('${NAVIGATE}', [e.destination.url], null); } catch (x) {}
});`;

export function fakeScript(body: string, delayMs: number): string {
  return `(function () {
var D = ${Math.max(0, Math.floor(delayMs))};
function args(a) { return Array.prototype.slice.call(a); }
function clean(a) {
  return JSON.parse(JSON.stringify(a, function (k, v) { return typeof v === 'function' ? '[function]' : v; }));
}
function rec(global, a, target) {
  try { window.${CALL_BINDING}(global, clean(a), target == null ? null : String(target)); } catch (e) {}
}
function sent(url) {
  try { window.${CALL_BINDING}('${SENT}', [String(url)], null); } catch (e) {}
}
function enc(v) { return encodeURIComponent(v); }
function later(f) { setTimeout(f, D); }
function script(src, done) {
  var s = document.createElement('script');
  s.async = true;
  s.src = src;
  if (done) { s.onload = done; s.onerror = done; }
  document.head.appendChild(s);
  return s;
}
function img(src, appendToBody) {
  var i = new Image(1, 1);
  sent(src);
  i.src = src;
  if (appendToBody) document.body.appendChild(i);
  return i;
}
function uuid() {
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
    var r = (Math.random() * 16) | 0;
    return (c === 'x' ? r : (r & 3) | 8).toString(16);
  });
}
${body}
})();`;
}
