/**
 * insight.min.js: reads `_linkedin_partner_id` / `_linkedin_data_partner_ids`, drains `lintrk.q`,
 * and sends one page view per partner id as an XHR POST to px.ads.linkedin.com/wa/ whose JSON body
 * lists the id in `pids` (docs/pixels.md §4.3). No config round trip is known, so only the delay.
 */
export const linkedinLoader = `
if (window.__rcInsight) return;
window.__rcInsight = 1;
var ids = (window._linkedin_data_partner_ids || []).slice();
var first = window._linkedin_partner_id;
if (first && ids.indexOf(first) < 0) ids.unshift(first);
rec('_linkedin_data_partner_ids', ids);
function post(id, conversion) {
  var x = new XMLHttpRequest();
  x.open('POST', 'https://px.ads.linkedin.com/wa/');
  x.withCredentials = true;
  sent('https://px.ads.linkedin.com/wa/');
  x.send(JSON.stringify({
    pids: [id], scriptVersion: 181, time: Date.now(), domain: location.hostname, url: location.href,
    pageTitle: document.title, websiteSignalRequestId: uuid(), isTranslated: false, liFatId: '',
    signalType: conversion ? 'CONVERSION' : 'PAGE_VISIT', conversionId: conversion ? conversion.conversion_id : undefined,
    eventId: conversion ? conversion.event_id : undefined
  }));
}
var queued = window.lintrk && window.lintrk.q ? window.lintrk.q : [];
window.lintrk = function (a, b) {
  rec('lintrk', [a, b]);
  if (a === 'track') later(function () { ids.forEach(function (id) { post(id, b || {}); }); });
};
later(function () { ids.forEach(function (id) { post(id, null); }); });
queued.forEach(function (c) { window.lintrk(c[0], c[1]); });
`;
