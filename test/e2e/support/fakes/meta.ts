/**
 * fbevents.js: drains `fbq.queue`, takes over `fbq.callMethod`, loads
 * connect.facebook.net/signals/config/<id> per pixel and holds that pixel's events until the config
 * script calls `fbq.registerPlugin('config:<id>')`. Hits: `new Image()` GET to www.facebook.com/tr/
 * with `id`, `ev`, `cd[...]`, `eid`; over 2048 characters a form POST into a hidden iframe.
 */
export const metaLoader = `
var f = window.fbq;
if (!f || f.__rc) return;
f.__rc = 1;
var pixels = {}, order = [], granted = true;
function send(id, ev, data, opts) {
  var q = 'id=' + enc(id) + '&ev=' + enc(ev) + '&dl=' + enc(location.href) + '&rl=' + enc(document.referrer) +
    '&if=false&ts=' + Date.now();
  for (var k in data || {}) q += '&cd[' + enc(k) + ']=' + enc(typeof data[k] === 'string' ? data[k] : JSON.stringify(data[k]));
  q += '&sw=' + screen.width + '&sh=' + screen.height + '&v=2.9.240&r=stable&ec=0&o=4126&it=' + Date.now() + '&coo=false';
  if (opts && opts.eventID) q += '&eid=' + enc(opts.eventID);
  var url = 'https://www.facebook.com/tr/?' + q;
  if (url.length < 2048) { img(url); return; }
  var name = 'fb' + Math.random().toString(36).slice(2);
  var frame = document.createElement('iframe');
  frame.name = name;
  frame.style.display = 'none';
  document.body.appendChild(frame);
  var form = document.createElement('form');
  form.method = 'POST';
  form.action = 'https://www.facebook.com/tr/';
  form.target = name;
  form.style.display = 'none';
  new URLSearchParams(q).forEach(function (v, k) {
    var input = document.createElement('input');
    input.type = 'hidden';
    input.name = k;
    input.value = v;
    form.appendChild(input);
  });
  document.body.appendChild(form);
  sent(form.action, 'form', q);
  form.submit();
}
function track(id, ev, data, opts) {
  var p = pixels[id];
  if (!p || !granted) return;
  var go = function () { later(function () { send(id, ev, data, opts); }); };
  if (p.ready) go(); else p.q.push(go);
}
function run(a) {
  rec('fbq', a);
  var m = a[0];
  if (m === 'consent') granted = a[1] !== 'revoke';
  else if (m === 'init') {
    if (pixels[a[1]]) return;
    pixels[a[1]] = { ready: false, q: [] };
    order.push(a[1]);
    script('https://connect.facebook.net/signals/config/' + enc(a[1]) + '?v=2.9.240&r=stable&domain=' + enc(location.hostname));
  } else if (m === 'trackSingle' || m === 'trackSingleCustom') track(a[1], a[2], a[3], a[4]);
  else if (m === 'track' || m === 'trackCustom') order.forEach(function (id) { track(id, a[1], a[2], a[3]); });
}
f.registerPlugin = function (name) {
  var p = pixels[String(name).replace('config:', '')];
  if (!p || p.ready) return;
  p.ready = true;
  p.q.splice(0).forEach(function (g) { g(); });
};
f.callMethod = function () { run(args(arguments)); };
f.queue.splice(0).forEach(function (a) { run(args(a)); });
`;

/** What signals/config/<id> does in the real library: registers the pixel's config plugin. */
export function metaConfig(pixelId: string): string {
  return `fbq.registerPlugin(${JSON.stringify(`config:${pixelId}`)}, { __fbEventsPlugin: 1, plugin: function () {} });`;
}
