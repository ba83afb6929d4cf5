import type { ConsentDecision, ConsentOutcome, GoogleConsent, PixelOutcome } from '../consent/consent-decision.js';
import type { OpenGraph, RedirectType } from '../link.js';
import type { PixelRef } from '../pixels/platform.js';

/**
 * Why a click went straight to the destination with a 30x. Closed list (metrics label).
 * - `head`: a HEAD request (answered with the direct redirect's status and Location).
 * - `bot`: a bot, or a link-preview fetcher on a link without Open Graph fields.
 * - `no_pixels`: the link has no pixels.
 * - `consent`: the link has pixels, but consent lets none fire and there is nothing to ask.
 * - `server_only`: pixels may fire, but the link is server-only: they get server-side events
 *   instead of an interstitial (docs/conversions.md).
 */
export const DIRECT_REASONS = ['head', 'bot', 'no_pixels', 'consent', 'server_only'] as const;
export type DirectReason = (typeof DIRECT_REASONS)[number];

/** Why a request is not recorded as a click at all. Closed list. */
export const NOT_RECORDED_REASONS = [
  'prefetch',
  'head',
  'not_found',
  'expired',
  'limit_reached',
  'password_required',
  'password_wrong',
  'password_throttled',
  'blocked',
] as const;
export type NotRecordedReason = (typeof NOT_RECORDED_REASONS)[number];

/**
 * How the click is recorded (docs/architecture.md, docs/analytics.md): bots, HEAD and prefetch never count as human
 * clicks and never get pixels.
 * - `human`: a click row, counted in `humanClicks`, unique visitors and towards `maxClicks`;
 *   `pixelIds` are the pixels allowed to fire now (pixels behind the prompt are reported by
 *   the interstitial's beacon if the visitor accepts); `pixels` is every pixel consent was
 *   decided for, with its outcome, stored with the click for later server-side events.
 * - `bot`: a click row with `bot = true`; never counted as human.
 * - `none`: nothing is stored (count it in metrics by `reason`).
 */
export type ClickRecord =
  | { as: 'human'; consent: ConsentOutcome; pixelIds: string[]; pixels: ReadonlyArray<{ id: string; outcome: PixelOutcome }> }
  | { as: 'bot' }
  | { as: 'none'; reason: NotRecordedReason };

/**
 * The outcome of one request to a short link, from `decide` (docs/architecture.md). The HTTP handler
 * turns it into a response without further decisions: `status` is the status to send.
 *
 * - `redirect`: 30x to `location` (`Cache-Control: private, max-age=0`).
 * - `interstitial`: the pixel page (200, `no-store`). `pixels` fire at once; `askPixels` fire only
 *   after Accept on the prompt (`prompt` is true exactly when `askPixels` is non-empty);
 *   `googleConsent` holds the Consent Mode defaults for the pixels firing at once.
 * - `preview`: an Open Graph page for a link-preview fetcher (200), linking to `destination`.
 * - `password`: the password form; `wrong` when a wrong password was presented (then 403).
 * - `expired`, `limit_reached`, `not_found`: 302 to `location` when one is configured, otherwise
 *   a page with the status given (410, 410, 404).
 * - `blocked`: a destination of the link is on DESTINATION_BLOCKLIST: the 410 "disabled" page.
 * - `prefetch_declined`: 503 with `Cache-Control: no-store` to a prefetch/prerender. Browsers do
 *   not use a non-2xx prefetch (WPT `speculation-rules/prefetch/prefetch-status`, and
 *   `no-http-cache-interference`, which tests exactly "503 for prefetch requests"), so the real
 *   click comes back to us and is counted, with pixels. Answering the prefetch with the redirect
 *   would let the browser reuse it: an uncounted click with no pixels.
 */
export type Decision =
  | { kind: 'redirect'; status: RedirectType; location: string; why: DirectReason; record: ClickRecord }
  | {
      kind: 'interstitial';
      status: 200;
      destination: string;
      pixels: PixelRef[];
      askPixels: PixelRef[];
      prompt: boolean;
      googleConsent: GoogleConsent;
      consent: ConsentDecision;
      record: ClickRecord;
    }
  | { kind: 'preview'; status: 200; destination: string; og: OpenGraph; record: ClickRecord }
  | { kind: 'password'; status: 200 | 403 | 429; wrong: boolean; retryAfterSeconds: number; record: ClickRecord }
  | { kind: 'blocked'; status: 410; record: ClickRecord }
  | { kind: 'expired'; status: 302 | 410; location: string | null; record: ClickRecord }
  | { kind: 'limit_reached'; status: 302 | 410; location: string | null; record: ClickRecord }
  | { kind: 'not_found'; status: 302 | 404; location: string | null; record: ClickRecord }
  | { kind: 'prefetch_declined'; status: 503; record: ClickRecord };

export type DecisionKind = Decision['kind'];
