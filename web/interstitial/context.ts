import type { GoogleConsentState } from '../../src/http/interstitial/model.js';
import type { PageConfig, PagePixel } from '../../src/http/interstitial/page-config.js';

export type { GoogleConsentState, PageConfig, PagePixel };

/** What every platform's firing code gets. */
export interface FireContext {
  event: PageConfig['event'];
  clickId: string;
  consent: GoogleConsentState;
  /** A platform-documented "sent" signal (gtag `event_callback`); transport detection is the other. */
  sent(pixel: PagePixel): void;
}

/** Initialises all pixels of one platform (or platform family) with its official snippet. */
export type Fire = (pixels: PagePixel[], ctx: FireContext) => void;

/** A vendor's global queue function; vendors hang their own properties on it. */
export type Stub = ((...args: unknown[]) => void) & Record<string, any>;

/** The window, as the vendors' snippets use it: a bag of globals. */
export const w = window as unknown as Record<string, any>;

/** Inserts an async vendor script, as every official snippet does. */
export function loadScript(src: string): HTMLScriptElement {
  const s = document.createElement('script');
  s.async = true;
  s.src = src;
  document.head.appendChild(s);
  return s;
}

/**
 * The queue stub most official snippets define: until the library sets `handler` on it, calls are
 * queued as `arguments` objects (what the libraries read) in `queue`.
 *
 * @example queueStub('fbq', 'callMethod', 'queue') // Meta; X: ('twq', 'exe', 'queue'); Reddit: ('rdt', 'sendEvent', 'callQueue')
 */
export function queueStub(name: string, handler: string, queue: string): Stub {
  const s: Stub = (w[name] = function () {
    s[handler] ? s[handler].apply(s, arguments) : s[queue].push(arguments);
  });
  s[queue] = [];
  return s;
}
