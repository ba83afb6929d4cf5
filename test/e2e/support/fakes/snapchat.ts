/**
 * scevent.min.js: drains `snaptr.queue`, takes over `handleRequest`, loads
 * tr.snapchat.com/config/1/<pixel>.js per pixel, then sends each pixel's events as one JSON batch
 * (a Blob) with `navigator.sendBeacon` to tr.snapchat.com/p (docs/pixels.md §4.3).
 */
export const snapchatLoader = `
var a = window.snaptr;
if (!a || a.__rc) return;
a.__rc = 1;
var px = {}, order = [];
function flush(id) {
  var p = px[id];
  if (!p.ready || p.timer || !p.batch.length) return;
  p.timer = setTimeout(function () {
    p.timer = 0;
    var events = p.batch.splice(0);
    sent('https://tr.snapchat.com/p');
    navigator.sendBeacon('https://tr.snapchat.com/p', new Blob([JSON.stringify(events)], { type: 'text/plain' }));
  }, D);
}
function init(id) {
  if (px[id]) return;
  var p = px[id] = { ready: false, batch: [], timer: 0 };
  order.push(id);
  script('https://tr.snapchat.com/config/1/' + enc(id) + '.js?v=3.40.0', function () { p.ready = true; flush(id); });
}
function track(ev, params) {
  order.forEach(function (id) {
    var e = { pid: id, ev: ev, v: '3.40.0', ts: Date.now(), u_c1: uuid(), pl: location.href, ref: document.referrer };
    for (var k in params || {}) e[k] = params[k];
    px[id].batch.push(e);
    flush(id);
  });
}
function run(c) {
  rec('snaptr', c);
  if (c[0] === 'init') init(c[1]);
  else if (c[0] === 'track') track(c[1], c[2]);
}
a.handleRequest = function () { run(args(arguments)); };
a.queue.splice(0).forEach(function (c) { run(args(c)); });
`;
