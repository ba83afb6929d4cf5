import { PAGE_IDS } from '../../src/http/interstitial/page-ids.js';
import type { PageConfig } from './context.js';
import { ask } from './prompt.js';
import { run } from './run.js';

/**
 * The interstitial script: identical on every page, configured by the JSON block the server
 * renders (src/http/interstitial/page-config.ts). A prerendered page fires nothing until the person
 * actually navigates to it (docs/pixels.md §4.2).
 */
function start(): void {
  const cfg = JSON.parse(document.getElementById(PAGE_IDS.config)!.textContent!) as PageConfig;
  if (cfg.prompt) ask(cfg, cfg.prompt);
  else run(cfg);
}

if ((document as Document & { prerendering?: boolean }).prerendering) {
  document.addEventListener('prerenderingchange', start, { once: true });
} else {
  start();
}
