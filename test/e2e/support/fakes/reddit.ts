/**
 * pixel.js: drains `rdt.callQueue`, takes over `sendEvent`, fetches
 * pixel-config.reddit.com/pixels/<id>/config by XHR, then sends each event as an image GET to
 * alb.reddit.com/rp.gif?id=…&event=…&m.<key>=… (docs/pixels.md §4.3).
 */
export const redditLoader = `
var p = window.rdt;
if (!p || p.__rc) return;
p.__rc = 1;
var ids = [], ready = {}, waiting = [];
function gif(id, ev, m) {
  var q = 'ts=' + Date.now() + '&id=' + enc(id) + '&event=' + enc(ev);
  for (var k in m || {}) q += '&m.' + enc(k) + '=' + enc(m[k]);
  q += '&uuid=' + uuid() + '&integration=reddit&opt_out=0&sh=' + screen.height + '&sw=' + screen.width + '&v=rdt_fake';
  img('https://alb.reddit.com/rp.gif?' + q);
}
function drain() {
  waiting = waiting.filter(function (w) {
    if (!ready[w.id]) return true;
    later(function () { gif(w.id, w.ev, w.m); });
    return false;
  });
}
function init(id) {
  ids.push(id);
  var x = new XMLHttpRequest();
  x.open('GET', 'https://pixel-config.reddit.com/pixels/' + enc(id) + '/config');
  x.onloadend = function () { ready[id] = 1; drain(); };
  x.send();
}
function run(c) {
  rec('rdt', c);
  if (c[0] === 'init') init(c[1]);
  else if (c[0] === 'track') { ids.forEach(function (id) { waiting.push({ id: id, ev: c[1], m: c[2] }); }); drain(); }
}
p.sendEvent = function () { run(args(arguments)); };
p.callQueue.splice(0).forEach(function (c) { run(args(c)); });
`;
