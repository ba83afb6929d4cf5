/**
 * uwt.js: drains `twq.queue`, takes over `twq.exe`. `config` sends the page view, `event` sends
 * that event; each hit is two image GETs, t.co/1/i/adsct and analytics.twitter.com/1/i/adsct, with
 * `txn_id` = pixel id and the events as JSON in `events` (docs/pixels.md §4.3). No round trip is known.
 */
export const xLoader = `
var s = window.twq;
if (!s || s.__rc) return;
s.__rc = 1;
function adsct(pixel, events) {
  var q = 'bci=4&eci=3&event=%7B%7D&event_id=' + uuid() + '&events=' + enc(JSON.stringify(events)) +
    '&integration=advertiser&p_id=Twitter&p_user_id=0&pl_id=' + uuid() + '&tw_document_href=' + enc(location.href) +
    '&tw_iframe_status=0&txn_id=' + enc(pixel) + '&type=javascript&version=2.3.33';
  img('https://t.co/1/i/adsct?' + q);
  img('https://analytics.twitter.com/1/i/adsct?' + q);
}
function run(a) {
  rec('twq', a);
  if (a[0] === 'config') later(function () { adsct(a[1], [['pageview', {}]]); });
  else if (a[0] === 'event') {
    var m = /^tw-([a-z0-9]+)-/.exec(a[1]);
    later(function () { adsct(m ? m[1] : a[1], [[a[1], a[2] || {}]]); });
  }
}
s.exe = function () { run(args(arguments)); };
s.queue.splice(0).forEach(function (a) { run(args(a)); });
`;
