/**
 * events.js?sdkid=<code>: one copy per pixel, as the base code injects it per `ttq.load`. It drains
 * that pixel's `ttq._i[code]` queue (the `ttq.instance(code)` calls), takes over its methods, loads
 * the library (i18n/pixel/static/main.<hash>.js), which loads identify_<hash>.js and
 * i18n/pixel/config.js?sdkid=…, and only after the config POSTs each event with `fetch`
 * (keepalive) to analytics.tiktok.com/api/v2/pixel, JSON body with `event`, `event_id`,
 * `context.pixel.code` (docs/vendor-fakes.md).
 */
export function tiktokLoader(sdkid: string): string {
  return `
var code = ${JSON.stringify(sdkid)};
var ttq = window[window.TiktokAnalyticsObject || 'ttq'];
if (!ttq) return;
ttq.__rc = ttq.__rc || {};
if (ttq.__rc[code]) return;
var state = ttq.__rc[code] = { ready: false, q: [] };
rec('ttq', ['load', code], code);
function post(ev, props, opts) {
  var body = {
    event: ev, event_id: (opts && opts.event_id) || '', message_id: 'messageId-' + Date.now() + '-' + uuid(),
    is_onsite: false, timestamp: new Date().toISOString(), properties: props || {},
    context: { pixel: { code: code }, page: { url: location.href, referrer: document.referrer },
      library: { name: 'pixel.js', version: '2.2.1' }, device: { platform: 'pc' }, user: {} },
    _inspection: {}
  };
  var json = JSON.stringify(body);
  sent('https://analytics.tiktok.com/api/v2/pixel', 'fetch-keepalive', json);
  fetch('https://analytics.tiktok.com/api/v2/pixel', {
    method: 'POST', body: json, keepalive: true, credentials: 'include', mode: 'no-cors'
  });
}
function send(ev, props, opts) {
  var go = function () { later(function () { post(ev, props, opts); }); };
  if (state.ready) go(); else state.q.push(go);
}
function call(m, a) {
  rec('ttq', [m].concat(a), code);
  if (m === 'page') send('Pageview', {}, {});
  else if (m === 'track') send(a[0], a[1], a[2]);
}
var mine = (ttq._i && ttq._i[code]) || [];
mine.splice(0).forEach(function (c) { call(c[0], c.slice(1)); });
['page', 'track', 'identify'].forEach(function (m) { mine[m] = function () { call(m, args(arguments)); }; });
script('https://analytics.tiktok.com/i18n/pixel/static/main.MWIwNjNmYzE1MA.js', function () {
  script('https://analytics.tiktok.com/i18n/pixel/static/identify_ZjM2YjlmNw.js');
  script('https://analytics.tiktok.com/i18n/pixel/config.js?sdkid=' + enc(code) + '&hostname=' + enc(location.hostname), function () {
    state.ready = true;
    state.q.splice(0).forEach(function (g) { g(); });
  });
});
`;
}
