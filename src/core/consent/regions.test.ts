import { describe, expect, it } from 'vitest';
import { EU_MEMBER_STATES, isOptInRegion, OPT_IN_COUNTRIES } from './regions.js';

describe('opt-in regions (docs/pixels.md §2.5)', () => {
  it('has the 27 EU member states, Greece as GR', () => {
    expect(EU_MEMBER_STATES).toHaveLength(27);
    expect(new Set(EU_MEMBER_STATES).size).toBe(27);
    expect(EU_MEMBER_STATES).toContain('GR');
    expect(EU_MEMBER_STATES).not.toContain('EL');
  });

  it.each(['DE', 'FR', 'IE', 'GR', 'IS', 'LI', 'NO', 'GB', 'CH', 'RE', 'AX'])('%s is opt-in', (country) => {
    expect(isOptInRegion(country)).toBe(true);
  });

  it.each(['US', 'CA', 'BR', 'JP', 'AU', 'IN', 'UA', 'TR', 'JE', 'GI'])('%s is not opt-in', (country) => {
    expect(isOptInRegion(country)).toBe(false);
  });

  it.each([null, 'XX', 'T1', 'EU', '', 'not-a-code', 'de '])('unknown country %j counts as opt-in (fail closed)', (country) => {
    expect(isOptInRegion(country)).toBe(true);
  });

  it('accepts lower-case codes', () => {
    expect(isOptInRegion('de')).toBe(true);
    expect(isOptInRegion('us')).toBe(false);
  });

  it('lists only well-formed, unique codes', () => {
    for (const code of OPT_IN_COUNTRIES) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(OPT_IN_COUNTRIES.size).toBe(27 + 7 + 3 + 2);
  });
});
