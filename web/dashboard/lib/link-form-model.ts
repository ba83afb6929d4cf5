/**
 * The link form's state and its mapping to and from the API (one form for create and edit).
 * Pure, so the trickiest part of the dashboard (what a PATCH clears and what it leaves alone)
 * is unit-tested.
 */
import { isoToLocalInput, localInputToIso } from './format.js';
import type { ConsentPolicy, Link, LinkCreateBody, LinkUpdateBody, OptInAction } from './types.js';

export const RULE_KINDS = ['country', 'device', 'os', 'browser', 'language'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const RULE_KIND_LABELS: Record<RuleKind, { label: string; placeholder: string }> = {
  country: { label: 'Country', placeholder: 'DE, AT, CH' },
  device: { label: 'Device', placeholder: 'mobile, tablet' },
  os: { label: 'OS', placeholder: 'iOS, Android' },
  browser: { label: 'Browser', placeholder: 'Safari, Chrome' },
  language: { label: 'Language', placeholder: 'de, fr-CA' },
};

export const DEVICE_VALUES = ['desktop', 'mobile', 'tablet', 'other'] as const;
type Device = (typeof DEVICE_VALUES)[number];

export interface RuleCondition {
  kind: RuleKind;
  /** Comma-separated values as typed. */
  values: string;
}

export interface RuleRow {
  conditions: RuleCondition[];
  url: string;
}

export interface EventParam {
  key: string;
  value: string;
}

export interface LinkFormState {
  url: string;
  slug: string;
  /** '' = the workspace's default domain. */
  domain: string;
  title: string;
  /** Comma-separated. */
  tags: string;
  pixelIds: string[];
  consentPolicy: ConsentPolicy | '';
  consentAction: OptInAction | '';
  rules: RuleRow[];
  /** `datetime-local` value in the browser's zone. */
  expiresAt: string;
  expiredUrl: string;
  /** New password; '' leaves it as it is. */
  password: string;
  removePassword: boolean;
  maxClicks: string;
  limitUrl: string;
  redirectType: '301' | '302' | '307' | '308';
  forwardQuery: boolean;
  /** A plain 302; the pixels get server-side events only (docs/conversions.md). */
  serverOnly: boolean;
  /** '' = the workspace's setting. */
  conversionTracking: '' | 'on' | 'off';
  eventName: string;
  eventParams: EventParam[];
  ogTitle: string;
  ogDescription: string;
  ogImage: string;
}

export function emptyLinkForm(defaultPixelIds: string[] = []): LinkFormState {
  return {
    url: '',
    slug: '',
    domain: '',
    title: '',
    tags: '',
    pixelIds: defaultPixelIds,
    consentPolicy: '',
    consentAction: '',
    rules: [],
    expiresAt: '',
    expiredUrl: '',
    password: '',
    removePassword: false,
    maxClicks: '',
    limitUrl: '',
    redirectType: '302',
    forwardQuery: true,
    serverOnly: false,
    conversionTracking: '',
    eventName: '',
    eventParams: [],
    ogTitle: '',
    ogDescription: '',
    ogImage: '',
  };
}

/** `defaultDomain` is the workspace's; a link on it shows as '' (the first option). */
export function linkToForm(link: Link, defaultDomain: string): LinkFormState {
  return {
    url: link.url,
    slug: link.slug,
    domain: link.domain === defaultDomain ? '' : link.domain,
    title: link.title ?? '',
    tags: link.tags.join(', '),
    pixelIds: [...link.pixelIds],
    consentPolicy: link.consent?.policy ?? '',
    consentAction: link.consent?.optInAction ?? '',
    rules: link.rules.map((r) => ({
      url: r.url,
      conditions: RULE_KINDS.filter((k) => r.when[k]?.length).map((kind) => ({ kind, values: (r.when[kind] ?? []).join(', ') })),
    })),
    expiresAt: isoToLocalInput(link.expiresAt),
    expiredUrl: link.expiredUrl ?? '',
    password: '',
    removePassword: false,
    maxClicks: link.maxClicks === null ? '' : String(link.maxClicks),
    limitUrl: link.limitUrl ?? '',
    redirectType: String(link.redirectType) as LinkFormState['redirectType'],
    forwardQuery: link.forwardQuery,
    serverOnly: link.serverOnly,
    conversionTracking: link.conversionTracking === null ? '' : link.conversionTracking ? 'on' : 'off',
    eventName: link.event?.name ?? '',
    eventParams: Object.entries(link.event?.params ?? {}).map(([key, value]) => ({ key, value })),
    ogTitle: link.og?.title ?? '',
    ogDescription: link.og?.description ?? '',
    ogImage: link.og?.image ?? '',
  };
}

function splitList(s: string): string[] {
  return [...new Set(s.split(',').map((v) => v.trim()).filter(Boolean))];
}

/** Problems the browser can tell before asking the API (the API checks everything again). */
export function localProblems(state: LinkFormState): Record<string, string> {
  const out: Record<string, string> = {};
  if (!state.url.trim()) out.url = 'Enter the destination URL.';
  if (state.maxClicks.trim() && !/^[1-9]\d*$/.test(state.maxClicks.trim())) out.maxClicks = 'A whole number of 1 or more.';
  if (state.expiresAt && localInputToIso(state.expiresAt) === null) out.expiresAt = 'Not a valid date and time.';
  state.rules.forEach((rule, i) => {
    if (!rule.url.trim()) out[`rules.${i}.url`] = 'Where should matching visitors go?';
    if (!rule.conditions.some((c) => splitList(c.values).length)) out[`rules.${i}.when`] = 'Add at least one condition value.';
    rule.conditions.forEach((c, j) => {
      if (c.kind === 'device') {
        const bad = splitList(c.values).filter((v) => !(DEVICE_VALUES as readonly string[]).includes(v.toLowerCase()));
        if (bad.length) out[`rules.${i}.when.${j}`] = `Devices are ${DEVICE_VALUES.join(', ')}.`;
      }
    });
  });
  state.eventParams.forEach((p, i) => {
    if (p.key.trim() && !/^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(p.key.trim())) {
      out[`event.params.${i}`] = 'Names start with a letter; letters, digits and _ only.';
    }
  });
  return out;
}

function rulesOf(state: LinkFormState): NonNullable<LinkCreateBody['rules']> {
  return state.rules.map((rule) => {
    const when: Record<string, string[]> = {};
    for (const c of rule.conditions) {
      let values = splitList(c.values);
      if (c.kind === 'country') values = values.map((v) => v.toUpperCase());
      if (c.kind === 'device') values = values.map((v) => v.toLowerCase());
      if (values.length) when[c.kind] = [...new Set([...(when[c.kind] ?? []), ...values])];
    }
    return { when: when as { device?: Device[] } & Record<string, string[]>, url: rule.url.trim() };
  });
}

function eventOf(state: LinkFormState): { name?: string; params?: Record<string, string> } | null {
  const params: Record<string, string> = {};
  for (const p of state.eventParams) if (p.key.trim()) params[p.key.trim()] = p.value;
  const name = state.eventName.trim();
  if (!name && Object.keys(params).length === 0) return null;
  return { ...(name ? { name } : {}), ...(Object.keys(params).length ? { params } : {}) };
}

function ogOf(state: LinkFormState): { title?: string; description?: string; image?: string } | null {
  const og = {
    ...(state.ogTitle.trim() ? { title: state.ogTitle.trim() } : {}),
    ...(state.ogDescription.trim() ? { description: state.ogDescription.trim() } : {}),
    ...(state.ogImage.trim() ? { image: state.ogImage.trim() } : {}),
  };
  return Object.keys(og).length ? og : null;
}

function consentOf(state: LinkFormState): { policy?: ConsentPolicy; optInAction?: OptInAction } | null {
  if (!state.consentPolicy && !state.consentAction) return null;
  return {
    ...(state.consentPolicy ? { policy: state.consentPolicy } : {}),
    ...(state.consentAction ? { optInAction: state.consentAction } : {}),
  };
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** POST /links body: only what the user set (absent fields take the server's defaults). */
export function toCreateBody(state: LinkFormState): LinkCreateBody {
  const body: LinkCreateBody = { url: state.url.trim(), pixelIds: state.pixelIds };
  const tags = splitList(state.tags);
  if (state.slug.trim()) body.slug = state.slug.trim();
  if (state.domain) body.domain = state.domain;
  if (state.title.trim()) body.title = state.title.trim();
  if (tags.length) body.tags = tags;
  const consent = consentOf(state);
  if (consent) body.consent = consent;
  if (state.rules.length) body.rules = rulesOf(state);
  const expiresAt = localInputToIso(state.expiresAt);
  if (expiresAt) body.expiresAt = expiresAt;
  if (state.expiredUrl.trim()) body.expiredUrl = state.expiredUrl.trim();
  if (state.password) body.password = state.password;
  if (state.maxClicks.trim()) body.maxClicks = Number(state.maxClicks.trim());
  if (state.limitUrl.trim()) body.limitUrl = state.limitUrl.trim();
  if (state.redirectType !== '302') body.redirectType = Number(state.redirectType) as 301 | 307 | 308;
  if (!state.forwardQuery) body.forwardQuery = false;
  if (state.serverOnly) body.serverOnly = true;
  if (state.conversionTracking) body.conversionTracking = state.conversionTracking === 'on';
  const event = eventOf(state);
  if (event) body.event = event;
  const og = ogOf(state);
  if (og) body.og = og;
  return body;
}

/**
 * PATCH /links/:id body: every editable field, `null` to clear; slug and domain only when changed
 * (so an unchanged slug is never re-checked against itself); the password only when typed or
 * removed (it is write-only, the form never knows it).
 */
export function toUpdateBody(state: LinkFormState, original: Link, defaultDomain: string): LinkUpdateBody {
  const body: LinkUpdateBody = {
    url: state.url.trim(),
    title: orNull(state.title),
    tags: splitList(state.tags),
    pixelIds: state.pixelIds,
    consent: consentOf(state),
    rules: rulesOf(state),
    expiresAt: localInputToIso(state.expiresAt),
    expiredUrl: orNull(state.expiredUrl),
    maxClicks: state.maxClicks.trim() ? Number(state.maxClicks.trim()) : null,
    limitUrl: orNull(state.limitUrl),
    redirectType: Number(state.redirectType) as 301 | 302 | 307 | 308,
    forwardQuery: state.forwardQuery,
    serverOnly: state.serverOnly,
    conversionTracking: state.conversionTracking === '' ? null : state.conversionTracking === 'on',
    event: eventOf(state),
    og: ogOf(state),
  };
  if (state.slug.trim() && state.slug.trim() !== original.slug) body.slug = state.slug.trim();
  const originalDomain = original.domain === defaultDomain ? '' : original.domain;
  if (state.domain !== originalDomain) body.domain = state.domain || defaultDomain;
  if (state.password) body.password = state.password;
  else if (state.removePassword) body.password = null;
  return body;
}
