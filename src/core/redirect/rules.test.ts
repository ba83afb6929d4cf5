import { describe, expect, it } from 'vitest';
import type { RoutingRule } from '../link.js';
import { matchRule, type VisitorFacts } from './rules.js';

const visitor = (over: Partial<VisitorFacts> = {}): VisitorFacts => ({
  country: 'DE',
  device: 'mobile',
  os: 'iOS',
  browser: 'Safari',
  languages: ['de-DE', 'en'],
  ...over,
});
const rule = (when: RoutingRule['when'], url = 'https://rule.example/'): RoutingRule => ({ when, url });

describe('matchRule', () => {
  const rows: [label: string, when: RoutingRule['when'], v: VisitorFacts, matches: boolean][] = [
    ['country any-of', { country: ['AT', 'DE'] }, visitor(), true],
    ['country case-insensitive', { country: ['de'] }, visitor(), true],
    ['country mismatch', { country: ['FR'] }, visitor(), false],
    ['unknown country never matches', { country: ['DE'] }, visitor({ country: null }), false],
    ['device', { device: ['mobile', 'tablet'] }, visitor(), true],
    ['device mismatch', { device: ['desktop'] }, visitor(), false],
    ['os case-insensitive', { os: ['ios'] }, visitor(), true],
    ['unknown os never matches', { os: ['iOS'] }, visitor({ os: null }), false],
    ['browser case-insensitive', { browser: ['SAFARI', 'Chrome'] }, visitor(), true],
    ['browser mismatch', { browser: ['Firefox'] }, visitor(), false],
    ['language prefix: de matches de-DE', { language: ['de'] }, visitor(), true],
    ['language exact: pt-BR matches pt-BR', { language: ['pt-BR'] }, visitor({ languages: ['pt-BR'] }), true],
    ['language: pt-BR does not match pt', { language: ['pt-BR'] }, visitor({ languages: ['pt'] }), false],
    ['language: pt-BR does not match pt-PT', { language: ['pt-BR'] }, visitor({ languages: ['pt-PT'] }), false],
    ['language: en does not match eng (subtag boundary)', { language: ['en'] }, visitor({ languages: ['eng'] }), false],
    ['language case-insensitive', { language: ['EN-gb'] }, visitor({ languages: ['en-GB'] }), true],
    ['language any-of: one listed range matching is enough', { language: ['fr', 'de'] }, visitor(), true],
    ['language ranges are trimmed', { language: [' de '] }, visitor(), true],
    ['language: only the most preferred counts', { language: ['en'] }, visitor(), false],
    ['language: none sent never matches', { language: ['de'] }, visitor({ languages: [] }), false],
    ['all listed conditions must match', { country: ['DE'], device: ['mobile'], language: ['de'] }, visitor(), true],
    ['one failing condition fails the rule', { country: ['DE'], device: ['desktop'] }, visitor(), false],
    ['empty list matches nobody', { country: [] }, visitor(), false],
    ['no conditions: matches everyone', {}, visitor(), true],
  ];
  it.each(rows)('%s', (_label, when, v, matches) => {
    const r = rule(when);
    expect(matchRule([r], v)).toBe(matches ? r : null);
  });

  it('first match wins', () => {
    const first = rule({ country: ['DE'] }, 'https://first.example/');
    const second = rule({ device: ['mobile'] }, 'https://second.example/');
    expect(matchRule([first, second], visitor())).toBe(first);
    expect(matchRule([first, second], visitor({ country: 'FR' }))).toBe(second);
    expect(matchRule([first, second], visitor({ country: 'FR', device: 'desktop' }))).toBeNull();
  });

  it('no rules → null', () => {
    expect(matchRule([], visitor())).toBeNull();
  });
});
