/**
 * gtag.js: drains `dataLayer` (Arguments objects) and watches its `push`. Consent commands update
 * the state; `config` for an id other than the loader's first fetches gtag/destination?id=…
 * (docs/pixels.md §4.3). Each config sends a page view, each event goes to its `send_to`.
 * Google Ads hits are an inserted <script> to googleads.g.doubleclick.net/pagead/viewthroughconversion/<n>/
 * (`en`, `data`, `oid`, `gcs`, `npa`); GA4 hits are sendBeacon POSTs to region1.google-analytics.com/g/collect
 * (`tid`, `en`, `ep.*`, `gcs`). `event_callback` runs once the hit is out.
 */
export function gtagLoader(loaderId: string): string {
  return `
var dl = window.dataLayer = window.dataLayer || [];
if (dl.__rc) return;
dl.__rc = 1;
var loaderId = ${JSON.stringify(loaderId)};
var consent = {}, dests = {};
function gcs() {
  return 'G1' + (consent.ad_storage === 'granted' ? '1' : '0') + (consent.analytics_storage === 'granted' ? '1' : '0');
}
function plain(p) {
  var out = {};
  for (var k in p) if (k !== 'send_to' && k.indexOf('event_') !== 0 && typeof p[k] !== 'function') out[k] = p[k];
  return out;
}
function hit(id, ev, p) {
  var done = function () { if (typeof p.event_callback === 'function') p.event_callback(); };
  var data = plain(p), k;
  if (id.indexOf('AW-') === 0) {
    var d = 'event=' + ev;
    for (k in data) d += ';' + k + '=' + data[k];
    var aw = 'https://googleads.g.doubleclick.net/pagead/viewthroughconversion/' + id.slice(3) + '/?random=' + Date.now() +
      '&cv=11&fst=' + Date.now() + '&fmt=4&bg=ffffff&guid=ON&async=1&gtm=45be5&gcs=' + gcs() +
      '&npa=' + (consent.ad_personalization === 'granted' ? 0 : 1) + '&frm=0&url=' + enc(location.href) +
      '&tiba=' + enc(document.title) + '&hn=www.googleadservices.com&en=' + enc(ev === 'page_view' ? 'gtag.config' : ev) +
      '&data=' + enc(d) + (data.transaction_id ? '&oid=' + enc(data.transaction_id) : '') + '&rfmt=3';
    sent(aw);
    script(aw, done);
  } else {
    var q = 'v=2&tid=' + enc(id) + '&gtm=45je5&_p=' + Date.now() + '&gcs=' + gcs() + '&cid=1.' + Date.now() +
      '&ul=' + enc(navigator.language.toLowerCase()) + '&sr=' + screen.width + 'x' + screen.height + '&_s=1' +
      '&dl=' + enc(location.href) + '&dt=' + enc(document.title) + '&en=' + enc(ev);
    for (k in data) q += '&ep.' + enc(k) + '=' + enc(data[k]);
    sent('https://region1.google-analytics.com/g/collect?' + q);
    navigator.sendBeacon('https://region1.google-analytics.com/g/collect?' + q);
    setTimeout(done, 0);
  }
}
function send(id, ev, p) {
  var d = dests[id];
  if (!d) return;
  var go = function () { later(function () { hit(id, ev, p); }); };
  if (d.ready) go(); else d.q.push(go);
}
function config(id, p) {
  if (!dests[id]) {
    var d = dests[id] = { ready: false, q: [] };
    var ready = function () { d.ready = true; d.q.splice(0).forEach(function (g) { g(); }); };
    if (id === loaderId) setTimeout(ready, 0);
    else script('https://www.googletagmanager.com/gtag/destination?id=' + enc(id) + '&l=dataLayer&cx=c', ready);
  }
  if (!p || p.send_page_view !== false) send(id, 'page_view', {});
}
function run(a) {
  if (!a || typeof a[0] !== 'string') return;
  a = args(a);
  rec('gtag', a);
  if (a[0] === 'consent') { for (var k in a[2] || {}) consent[k] = a[2][k]; }
  else if (a[0] === 'config') config(a[1], a[2]);
  else if (a[0] === 'event') {
    var p = a[2] || {};
    (p.send_to ? [].concat(p.send_to) : Object.keys(dests)).forEach(function (id) { send(id, a[1], p); });
  }
}
var push = dl.push;
dl.push = function () {
  var r = push.apply(dl, arguments);
  for (var i = 0; i < arguments.length; i++) run(arguments[i]);
  return r;
};
dl.slice().forEach(run);
`;
}
