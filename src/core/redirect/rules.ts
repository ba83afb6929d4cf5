import type { DeviceType, RoutingRule } from '../link.js';

/** The visitor as routing rules see it (from `RequestFacts` + `classifyUserAgent`). */
export interface VisitorFacts {
  /** ISO alpha-2 upper case, or null when unknown. */
  country: string | null;
  device: DeviceType;
  os: string | null;
  browser: string | null;
  /** Accept-Language tags, most preferred first (`parseAcceptLanguage`). */
  languages: readonly string[];
}

/**
 * The first rule whose every listed condition matches, or null (docs/architecture.md, `RoutingRule`).
 * Each condition is "any of" its values:
 * - `country`, `os`, `browser`: case-insensitive equality; an unknown value never matches.
 * - `device`: equality.
 * - `language`: RFC 4647 §3.3.1 basic filtering against the visitor's *most preferred* language:
 *   `en` matches `en` and `en-GB`; `pt-BR` matches `pt-BR` but not `pt`. Only the first tag is
 *   used because a rule means "people who read X": someone sending `de-DE, en;q=0.5` wants German
 *   and should not be routed by an `en` rule listed before a `de` one.
 * An empty list (`country: []`) matches nobody: "any of nothing" is false, and a rule that would
 * silently catch all traffic is the worse failure. (API schemas should reject empty lists anyway.)
 *
 * @example matchRule([{ when: { country: ['de', 'AT'] }, url: 'https://x.example/de' }], { country: 'DE', device: 'mobile', os: null, browser: null, languages: [] })
 *   // → that rule
 */
export function matchRule(rules: readonly RoutingRule[], visitor: VisitorFacts): RoutingRule | null {
  for (const rule of rules) {
    if (ruleMatches(rule, visitor)) return rule;
  }
  return null;
}

function ruleMatches({ when }: RoutingRule, visitor: VisitorFacts): boolean {
  if (when.country !== undefined && !anyEqualIgnoringCase(when.country, visitor.country)) return false;
  if (when.device !== undefined && !when.device.includes(visitor.device)) return false;
  if (when.os !== undefined && !anyEqualIgnoringCase(when.os, visitor.os)) return false;
  if (when.browser !== undefined && !anyEqualIgnoringCase(when.browser, visitor.browser)) return false;
  if (when.language !== undefined && !when.language.some((range) => languageMatches(range, visitor.languages[0]))) return false;
  return true;
}

function anyEqualIgnoringCase(values: readonly string[], actual: string | null): boolean {
  if (actual === null) return false;
  const a = actual.toLowerCase();
  return values.some((v) => v.toLowerCase() === a);
}

/** RFC 4647 basic filtering: the range equals the tag, or is a prefix of it ending at a `-`. */
function languageMatches(range: string, tag: string | undefined): boolean {
  if (tag === undefined) return false;
  const r = range.trim().toLowerCase();
  const t = tag.toLowerCase();
  return r !== '' && (t === r || t.startsWith(`${r}-`));
}
