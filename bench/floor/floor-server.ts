/**
 * The floor of the interstitial benchmark: a bare HTML page, served by a trivial `node:http`
 * server, that inlines the platforms' base code (./snippets.ts) and calls `location.replace` the
 * moment each platform's counted hit has been handed to the browser (the image's `src` set, the
 * beacon queued, the keepalive fetch or XHR sent, the script inserted), or at the same cap as
 * Ricochet (counted from navigation start). Whatever Ricochet's page costs above this page is
 * Ricochet's to remove.
 *
 * Run as a process of its own (`node --import tsx bench/floor/floor-server.ts` prints its port), like
 * the Ricochet server it is compared with; the page is described by its URL (`floorUrl`).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { PLATFORMS, type Platform } from '../../src/core/pixels/platform.js';
import { FLOOR_SNIPPETS, type FloorHit } from './snippets.js';

export interface FloorPage {
  pixels: { platform: Platform; tagId: string }[];
  destination: string;
  capMs: number;
  event: string;
}

/**
 * The URL of the floor page for `page` on the floor server at `origin`.
 * @example floorUrl('http://127.0.0.1:4000', { pixels: [{ platform: 'meta', tagId: '123456789012345' }], destination, capMs: 800, event: 'ricochet_click' })
 */
export function floorUrl(origin: string, page: FloorPage): string {
  const q = new URLSearchParams({ dest: page.destination, cap: String(page.capMs), ev: page.event });
  for (const px of page.pixels) q.append('px', `${px.platform}:${px.tagId}`);
  return `${origin}/floor?${q}`;
}

function parse(url: URL): FloorPage | null {
  const pixels = url.searchParams.getAll('px').map((v) => {
    const [platform, tagId] = [v.slice(0, v.indexOf(':')), v.slice(v.indexOf(':') + 1)];
    return { platform: platform as Platform, tagId };
  });
  const destination = url.searchParams.get('dest');
  if (!destination || pixels.length === 0 || pixels.some((p) => !PLATFORMS.includes(p.platform))) return null;
  return { pixels, destination, capMs: Number(url.searchParams.get('cap') ?? 800), event: url.searchParams.get('ev') ?? 'ricochet_click' };
}

/** Serves floor pages on 127.0.0.1; resolves with the origin. */
export async function startFloorServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const page = parse(new URL(req.url ?? '/', 'http://floor'));
    if (!page) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(floorHtml(page));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The floor page for `page`: one inline script, nothing else. */
export function floorHtml({ pixels, destination, capMs, event }: FloorPage): string {
  const hits: FloorHit[] = pixels.map((px) => FLOOR_SNIPPETS[px.platform].hit(px.tagId, event));
  // Google Ads and GA4 share one gtag.js, as on any page that has both.
  const gtag = pixels.filter((px) => px.platform === 'google_ads' || px.platform === 'ga4');
  const code = pixels
    .map((px) =>
      (px.platform === 'google_ads' || px.platform === 'ga4') && px !== gtag[0]
        ? `gtag('config',${JSON.stringify(px.tagId)});gtag('event',${JSON.stringify(event)},Object.assign({send_to:${JSON.stringify(px.tagId)},transaction_id:c},p));`
        : FLOOR_SNIPPETS[px.platform].code(px.tagId, event),
    )
    .join('\n');
  const uses = (t: FloorHit['transport']) => hits.some((h) => h.transport === t);
  const script = `
var dest=${JSON.stringify(destination)},c='clk_floor',p={link_id:'lnk_floor',utm_source:'nl',utm_campaign:'spring'};
var wait=${JSON.stringify(hits)},gone=false;
function go(){if(!gone){gone=true;location.replace(dest)}}
function seen(u,b){u=String(u);b=typeof b==='string'?b:'';for(var i=0;i<wait.length;i++){var h=wait[i];
if(u.indexOf(h.path)>=0&&(u+' '+b).indexOf(h.mark)>=0){wait.splice(i,1);if(!wait.length)go();return}}}
setTimeout(go,Math.max(0,${capMs}-performance.now()));
${uses('image') ? "var d=Object.getOwnPropertyDescriptor(HTMLImageElement.prototype,'src');Object.defineProperty(HTMLImageElement.prototype,'src',{configurable:true,get:d.get,set:function(v){d.set.call(this,v);seen(v)}});" : ''}
${uses('beacon') ? 'var sb=navigator.sendBeacon;navigator.sendBeacon=function(u,x){var r=sb.call(navigator,u,x);seen(u,x);return r};' : ''}
${uses('fetch') ? 'var f=window.fetch;window.fetch=function(u,o){var r=f.call(window,u,o);seen(u,o&&o.body);return r};' : ''}
${uses('xhr') ? 'var xo=XMLHttpRequest.prototype.open,xs=XMLHttpRequest.prototype.send;XMLHttpRequest.prototype.open=function(m,u){this._u=u;return xo.apply(this,arguments)};XMLHttpRequest.prototype.send=function(b){xs.call(this,b);seen(this._u,b)};' : ''}
${uses('script') ? "new MutationObserver(function(r){for(var i=0;i<r.length;i++)for(var j=0;j<r[i].addedNodes.length;j++){var n=r[i].addedNodes[j];if(n.tagName==='SCRIPT')seen(n.src)}}).observe(document,{childList:true,subtree:true});" : ''}
${code}`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head><body><script>${script}</script></body></html>`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { origin } = await startFloorServer();
  process.stdout.write(`${new URL(origin).port}\n`);
}
