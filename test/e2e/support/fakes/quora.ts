/**
 * qevents.js: drains `qp.queue`, takes over `qp.qp`, and sends each tracked event for every
 * initialised pixel as an image GET to q.quora.com/_/ad/<id>/pixel?tag=… (docs/pixels.md §4.3).
 * No round trip is known, so only the delay.
 */
export const quoraLoader = `
var n = window.qp;
if (!n || n.__rc) return;
n.__rc = 1;
var ids = [];
function run(a) {
  rec('qp', a);
  if (a[0] === 'init') ids.push(a[1]);
  else if (a[0] === 'track') {
    var tag = a[1];
    later(function () {
      ids.forEach(function (id) { img('https://q.quora.com/_/ad/' + enc(id) + '/pixel?tag=' + enc(tag) + '&i=gtm&u=' + enc(location.href)); });
    });
  }
}
n.qp = function () { run(args(arguments)); };
n.queue.splice(0).forEach(function (a) { run(args(a)); });
`;
