/**
 * bat.js: defines `UET`. The official snippet builds `new UET({ti, q})` on load; the object replays
 * the flat queue (`'consent', 'default', {…}`, `'pageLoad'`, `'event', action, {…}`), loads
 * bat.bing.com/p/action/<ti>.js, then appends an <img> per event to the DOM:
 * bat.bing.com/action/0?ti=…&evt=pageLoad|custom&ea=…&asc=G|D (docs/pixels.md §4.3).
 */
export const microsoftLoader = `
if (window.UET) return;
function UET(o) {
  var self = this;
  this.ti = String(o.ti);
  this.asc = 'G';
  this.ready = false;
  this.waiting = [];
  rec('UET', ['new', { ti: this.ti }], this.ti);
  script('https://bat.bing.com/p/action/' + enc(this.ti) + '.js', function () {
    self.ready = true;
    self.waiting.splice(0).forEach(function (g) { g(); });
  });
  if (o.q && o.q.length) this.push.apply(this, o.q);
}
UET.prototype.push = function () {
  var a = args(arguments), i = 0;
  rec('uetq', a, this.ti);
  while (i < a.length) {
    if (a[i] === 'consent') { if (a[i + 2] && a[i + 2].ad_storage) this.asc = a[i + 2].ad_storage === 'granted' ? 'G' : 'D'; i += 3; }
    else if (a[i] === 'event') { this.send('custom', a[i + 1], a[i + 2] || {}); i += 3; }
    else if (a[i] === 'pageLoad') { this.send('pageLoad'); i += 1; }
    else i += 1;
  }
};
UET.prototype.send = function (evt, action, params) {
  var self = this;
  var go = function () {
    later(function () {
      var q = 'ti=' + enc(self.ti) + '&tm=al001&Ver=2&mid=' + uuid() + '&sid=' + uuid().slice(0, 8) + '&vid=' + uuid() +
        '&vids=1&msclkid=N&lg=' + enc(navigator.language) + '&sw=' + screen.width + '&sh=' + screen.height + '&sc=24' +
        '&tl=' + enc(document.title) + '&p=' + enc(location.href) + '&r=' + enc(document.referrer) + '&lt=' + Date.now() +
        '&evt=' + evt + (action ? '&ea=' + enc(action) : '');
      for (var k in params || {}) q += '&' + enc(k) + '=' + enc(params[k]);
      q += '&sv=1&asc=' + self.asc + '&rn=' + Math.floor(Math.random() * 1e6);
      img('https://bat.bing.com/action/0?' + q, true);
    });
  };
  if (this.ready) go(); else this.waiting.push(go);
};
window.UET = UET;
`;
