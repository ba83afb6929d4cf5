/**
 * The floor page's pieces per platform: the platform's base code as a marketer pastes it (the
 * queue stub, the async loader, `init` and the page view, in the vendor's documented shape,
 * docs/vendor-fakes.md), plus the same audience event Ricochet sends, and the one transport that
 * carries the hit Ricochet waits for (catalog `dispatchedHit`), so that both pages wait for the
 * same request. Plain ES5, no helpers: this is the least a page can do to fire the pixel.
 */
import type { Platform } from '../../src/core/pixels/platform.js';

/** How the counted hit leaves the page, and how to recognise it (a URL part and a mark in URL or body). */
export interface FloorHit {
  transport: 'image' | 'beacon' | 'fetch' | 'xhr' | 'script';
  path: string;
  mark: string;
}

export interface FloorSnippet {
  /** `id` is the tag id, `ev` the audience event name, `c` the click id, `p` the event params (JS expressions). */
  code(id: string, ev: string): string;
  hit(id: string, ev: string): FloorHit;
}

const q = (s: string) => JSON.stringify(s);
const gtagBase = (loaderId: string) =>
  `window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}` +
  `var g=document.createElement('script');g.async=true;g.src='https://www.googletagmanager.com/gtag/js?id='+${q(loaderId)};document.head.appendChild(g);` +
  `gtag('js',new Date());`;
const gtagEvent = (id: string, ev: string) => `gtag('config',${q(id)});gtag('event',${q(ev)},Object.assign({send_to:${q(id)},transaction_id:c},p));`;

export const FLOOR_SNIPPETS: Record<Platform, FloorSnippet> = {
  meta: {
    code: (id, ev) =>
      `(function(f,b,u){if(f.fbq)return;var n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};` +
      `if(!f._fbq)f._fbq=n;n.push=n;n.loaded=true;n.version='2.0';n.queue=[];var t=b.createElement('script');t.async=true;t.src=u;` +
      `var s=b.getElementsByTagName('script')[0];s.parentNode.insertBefore(t,s)})(window,document,'https://connect.facebook.net/en_US/fbevents.js');` +
      `fbq('init',${q(id)});fbq('track','PageView',{},{eventID:c});fbq('trackCustom',${q(ev)},p,{eventID:c});`,
    hit: (_id, ev) => ({ transport: 'image', path: 'facebook.com/tr', mark: `ev=${ev}` }),
  },
  google_ads: {
    code: (id, ev) => gtagBase(id) + gtagEvent(id, ev),
    hit: (id, ev) => ({ transport: 'script', path: `/pagead/viewthroughconversion/${id.slice(3)}/`, mark: `en=${ev}` }),
  },
  ga4: {
    code: (id, ev) => gtagBase(id) + gtagEvent(id, ev),
    hit: (id, ev) => ({ transport: 'beacon', path: '/g/collect', mark: `en=${ev}` }),
  },
  linkedin: {
    code: (id) =>
      `window._linkedin_partner_id=${q(id)};window._linkedin_data_partner_ids=window._linkedin_data_partner_ids||[];` +
      `window._linkedin_data_partner_ids.push(window._linkedin_partner_id);(function(l){if(!l){window.lintrk=function(a,b){window.lintrk.q.push([a,b])};window.lintrk.q=[]}` +
      `var s=document.getElementsByTagName('script')[0];var b=document.createElement('script');b.async=true;` +
      `b.src='https://snap.licdn.com/li.lms-analytics/insight.min.js';s.parentNode.insertBefore(b,s)})(window.lintrk);`,
    hit: (id) => ({ transport: 'xhr', path: 'linkedin.com/wa/', mark: id }),
  },
  tiktok: {
    code: (id, ev) =>
      `(function(w,d,t){w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=['page','track','identify'];` +
      `ttq.setAndDefer=function(t,e){t[e]=function(){t.push([e].concat(Array.prototype.slice.call(arguments,0)))}};` +
      `for(var i=0;i<ttq.methods.length;i++)ttq.setAndDefer(ttq,ttq.methods[i]);` +
      `ttq.instance=function(t){for(var e=ttq._i[t]||[],n=0;n<ttq.methods.length;n++)ttq.setAndDefer(e,ttq.methods[n]);return e};` +
      `ttq.load=function(e){var r='https://analytics.tiktok.com/i18n/pixel/events.js';ttq._i=ttq._i||{};ttq._i[e]=[];ttq._i[e]._u=r;` +
      `ttq._t=ttq._t||{};ttq._t[e]=+new Date;ttq._o=ttq._o||{};ttq._o[e]={};var n=d.createElement('script');n.async=true;` +
      `n.src=r+'?sdkid='+e+'&lib='+t;var s=d.getElementsByTagName('script')[0];s.parentNode.insertBefore(n,s)};` +
      `ttq.load(${q(id)});var one=ttq.instance(${q(id)});one.page();one.track(${q(ev)},p,{event_id:c})})(window,document,'ttq');`,
    hit: (_id, ev) => ({ transport: 'fetch', path: '/api/v2/pixel', mark: `"event":"${ev}"` }),
  },
  x: {
    code: (id) =>
      `(function(e,t,n){if(e.twq)return;var s=e.twq=function(){s.exe?s.exe.apply(s,arguments):s.queue.push(arguments)};` +
      `s.version='1.1';s.queue=[];var u=t.createElement(n);u.async=true;u.src='https://static.ads-twitter.com/uwt.js';` +
      `var a=t.getElementsByTagName(n)[0];a.parentNode.insertBefore(u,a)})(window,document,'script');twq('config',${q(id)});`,
    hit: (id) => ({ transport: 'image', path: '/i/adsct', mark: id }),
  },
  pinterest: {
    code: (id, ev) =>
      `(function(e){if(window.pintrk)return;window.pintrk=function(){window.pintrk.queue.push(Array.prototype.slice.call(arguments))};` +
      `var n=window.pintrk;n.queue=[];n.version='3.0';var t=document.createElement('script');t.async=true;t.src=e;` +
      `var r=document.getElementsByTagName('script')[0];r.parentNode.insertBefore(t,r)})('https://s.pinimg.com/ct/core.js');` +
      `pintrk('load',${q(id)});pintrk('page');pintrk('track','custom',Object.assign({event_name:${q(ev)},event_id:c},p));`,
    hit: (id) => ({ transport: 'fetch', path: 'pinterest.com/v3/', mark: 'event=custom' }),
  },
  snapchat: {
    code: (id, ev) =>
      `(function(e,t,n){if(e.snaptr)return;var a=e.snaptr=function(){a.handleRequest?a.handleRequest.apply(a,arguments):a.queue.push(arguments)};` +
      `a.queue=[];var r=t.createElement('script');r.async=true;r.src=n;var u=t.getElementsByTagName('script')[0];u.parentNode.insertBefore(r,u)})` +
      `(window,document,'https://sc-static.net/scevent.min.js');snaptr('init',${q(id)});snaptr('track','PAGE_VIEW');` +
      `snaptr('track','CUSTOM_EVENT_1',Object.assign({description:${q(ev)},client_dedup_id:c},p));`,
    hit: () => ({ transport: 'beacon', path: 'snapchat.com/p', mark: '' }),
  },
  reddit: {
    code: (id, ev) =>
      `(function(w,d){if(w.rdt)return;var p=w.rdt=function(){p.sendEvent?p.sendEvent.apply(p,arguments):p.callQueue.push(arguments)};` +
      `p.callQueue=[];var t=d.createElement('script');t.src='https://www.redditstatic.com/ads/pixel.js';t.async=true;` +
      `var s=d.getElementsByTagName('script')[0];s.parentNode.insertBefore(t,s)})(window,document);` +
      `rdt('init',${q(id)});rdt('track','PageVisit');rdt('track','Custom',{customEventName:${q(ev)},conversionId:c});`,
    hit: () => ({ transport: 'image', path: 'reddit.com/rp.gif', mark: 'event=Custom' }),
  },
  microsoft: {
    code: (id, ev) =>
      `(function(w,d,t,r,u){w[u]=w[u]||[];var n=d.createElement(t);n.src=r;n.async=1;n.onload=function(){` +
      `var o={ti:${q(id)},enableAutoSpaTracking:true};o.q=w[u];w[u]=new UET(o);w[u].push('pageLoad')};` +
      `var i=d.getElementsByTagName(t)[0];i.parentNode.insertBefore(n,i)})(window,document,'script','https://bat.bing.com/bat.js','uetq');` +
      `window.uetq.push('event',${q(ev)},p);`,
    hit: (_id, ev) => ({ transport: 'image', path: 'bing.com/action/0', mark: `ea=${ev}` }),
  },
  quora: {
    code: (id) =>
      `(function(q,e,v){if(q.qp)return;var n=q.qp=function(){n.qp?n.qp.apply(n,arguments):n.queue.push(arguments)};n.queue=[];` +
      `var t=document.createElement(e);t.async=true;t.src=v;var s=document.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)})` +
      `(window,'script','https://a.quora.com/qevents.js');qp('init',${q(id)});qp('track','ViewContent');qp('track','Generic');`,
    hit: () => ({ transport: 'image', path: 'quora.com/_/ad/', mark: 'tag=Generic' }),
  },
};
