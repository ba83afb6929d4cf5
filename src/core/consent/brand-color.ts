/**
 * The consent prompt's colours from the workspace's brand colour: buttons filled with it, their
 * text black or white, whichever contrasts more (WCAG 2.2 relative luminance). Pure, shared by the
 * interstitial and the dashboard's preview.
 */
const HEX = /^#[0-9a-f]{6}$/i;

/** Ricochet's own accent when the workspace has none. */
export const DEFAULT_BRAND_COLOR = '#1d4ed8';

export function isBrandColor(value: unknown): value is string {
  return typeof value === 'string' && HEX.test(value);
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Text colour for a fill of `brand`: `#000000` or `#ffffff`, whichever contrasts more.
 * @example textOn('#1d4ed8') // '#ffffff'
 * @example textOn('#facc15') // '#000000'
 */
export function textOn(brand: string): '#000000' | '#ffffff' {
  return contrastRatio(brand, '#000000') >= contrastRatio(brand, '#ffffff') ? '#000000' : '#ffffff';
}
