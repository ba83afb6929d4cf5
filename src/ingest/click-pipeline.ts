import { clickIdsOf, utmOf } from '../core/clicks/query-facts.js';
import { referrerHost } from '../core/clicks/referrer.js';
import type { DropReason, StoredClick } from '../core/clicks/click.js';
import type { ClickRecord } from '../core/redirect/decision.js';
import type { RequestFacts } from '../core/request/facts.js';
import type { Visitor } from '../core/request/visitor.js';
import type { ResolvedLink } from '../core/resolved-link.js';

/** What the redirect handler knows about a request once it has answered it. */
export interface ClickInput {
  id: string;
  at: number;
  resolved: ResolvedLink;
  facts: RequestFacts;
  visitor: Visitor;
  /** Used for the visitor hash, then dropped: never stored. */
  ip: string;
  record: ClickRecord;
}

export type StepOutcome = { ok: true; click: StoredClick } | { ok: false; reason: DropReason };

export interface PipelineDeps {
  visitorHash(at: number, ip: string, userAgent: string, workspaceId: string): string;
}

type Draft = StoredClick;
type Step = (draft: Draft, input: ClickInput, deps: PipelineDeps) => DropReason | null;

/**
 * The click path as named steps (docs/architecture.md, "Conventions"; after Plausible's `event.ex`). Each step
 * fills part of the stored click or drops it with a reason from the closed `DROP_REASONS` list.
 * Order matters only in that drops come first, so no work is spent on a request that is not a
 * click.
 */
export const CLICK_STEPS: ReadonlyArray<readonly [string, Step]> = [
  ['decision', (_d, input) => (input.record.as === 'none' ? input.record.reason : null)],
  ['bot', (d, input) => {
    d.bot = input.record.as === 'bot';
    return null;
  }],
  ['geo', (d, input) => {
    d.country = input.facts.country;
    return null;
  }],
  ['user_agent', (d, input) => {
    d.device = input.visitor.device;
    d.os = input.visitor.os;
    d.browser = input.visitor.browser;
    return null;
  }],
  ['referrer', (d, input) => {
    d.referrerHost = referrerHost(input.facts.referer);
    return null;
  }],
  ['utm', (d, input) => {
    d.utm = utmOf(input.facts.query);
    return null;
  }],
  ['click_ids', (d, input) => {
    d.clickIds = clickIdsOf(input.facts.query);
    return null;
  }],
  ['visitor_hash', (d, input, deps) => {
    d.visitorHash = deps.visitorHash(input.at, input.ip, input.facts.userAgent, input.resolved.workspace.id);
    return null;
  }],
  ['consent', (d, input) => {
    if (input.record.as === 'human') {
      d.consent = input.record.consent;
      d.pixelsFired = input.record.pixelIds;
    } else {
      d.consent = 'bot';
      d.pixelsFired = [];
    }
    return null;
  }],
];

export const CLICK_STEP_NAMES = CLICK_STEPS.map(([name]) => name);

/**
 * Run every step over one request. `timings`, when given, receives each step's duration in
 * nanoseconds (the caller samples: timing every click would cost more than the steps).
 */
export function runClickPipeline(input: ClickInput, deps: PipelineDeps, timings?: (step: string, ns: number) => void): StepOutcome {
  const draft: Draft = {
    id: input.id,
    workspaceId: input.resolved.workspace.id,
    linkId: input.resolved.link.id,
    domain: input.resolved.link.domain,
    at: input.at,
    country: null,
    device: 'other',
    os: null,
    browser: null,
    referrerHost: null,
    utm: { utm_source: null, utm_medium: null, utm_campaign: null, utm_term: null, utm_content: null },
    clickIds: [],
    bot: false,
    consent: 'no_pixels',
    pixelsFired: [],
    visitorHash: '',
  };
  for (const [name, step] of CLICK_STEPS) {
    const started = timings ? process.hrtime.bigint() : 0n;
    const dropped = step(draft, input, deps);
    if (timings) timings(name, Number(process.hrtime.bigint() - started));
    if (dropped) return { ok: false, reason: dropped };
  }
  return { ok: true, click: draft };
}
