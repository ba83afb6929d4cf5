/**
 * core.js: drains `pintrk.queue` (arrays), loads s.pinimg.com/ct/lib/main.<hash>.js, then sends each
 * page/track for every loaded tag with `fetch` GET to ct.pinterest.com/v3/?event=…&tid=…&ed=<json>
 * (docs/pixels.md §4.3). `page` is reported as `event=init`, like the noscript base beacon.
 */
export const pinterestLoader = `
var n = window.pintrk;
if (!n || n.__rc) return;
var tags = [], ready = false, waiting = [];
function hit(tid, ev, ed) {
  var url = 'https://ct.pinterest.com/v3/?event=' + enc(ev) +
    '&ad=' + enc(JSON.stringify({ loc: location.href, ref: document.referrer, sh: screen.height, sw: screen.width })) +
    '&cb=' + Date.now() + '&tid=' + enc(tid) + (ed ? '&ed=' + enc(JSON.stringify(ed)) : '');
  sent(url);
  fetch(url, { mode: 'no-cors', credentials: 'include', keepalive: true });
}
function each(ev, ed) {
  var go = function () { later(function () { tags.forEach(function (t) { hit(t, ev, ed); }); }); };
  if (ready) go(); else waiting.push(go);
}
function run(a) {
  rec('pintrk', a);
  if (a[0] === 'load') tags.push(a[1]);
  else if (a[0] === 'page') each('init', null);
  else if (a[0] === 'track') each(a[1], a[2] || {});
}
var queued = n.queue.splice(0);
var real = window.pintrk = function () { run(args(arguments)); };
real.__rc = 1;
queued.forEach(run);
script('https://s.pinimg.com/ct/lib/main.5f4e1a6b.js', function () {
  ready = true;
  waiting.splice(0).forEach(function (g) { g(); });
});
`;
