import { describe, expect, it } from 'vitest';
import { contrastRatio, DEFAULT_BRAND_COLOR, isBrandColor, textOn } from './brand-color.js';

describe('brand colour (issue 22)', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each(['#1d4ed8', '#0f766e', '#facc15', '#ffffff', '#000000', '#ff00ff', '#00ff00', '#808080'])('text on %s reaches at least 4.5:1', (brand) => {
    expect(contrastRatio(brand, textOn(brand))).toBeGreaterThanOrEqual(4.5);
  });

  it('accepts only #rrggbb', () => {
    expect([DEFAULT_BRAND_COLOR, '#ABCDEF'].every(isBrandColor)).toBe(true);
    expect(['red', '#abc', '#abcdefg', 'url(x)', '#12345;}', null].some(isBrandColor)).toBe(false);
  });
});
