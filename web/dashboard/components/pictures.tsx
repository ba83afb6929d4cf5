/**
 * Small pictures next to breakdown values: country flags and brand marks, served from this server
 * (scripts/dashboard-assets.ts), or a generic icon. Decorative: the value is always written next to them.
 */
import { brandIconOf, flagUrl, iconUrl, type IconKind } from '../lib/brand-icons.js';

const common = { viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true', class: 'pic' } as const;

const Globe = () => (
  <svg {...common}>
    <circle cx="12" cy="12" r="9" />
    <path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18" />
  </svg>
);
const Desktop = () => (
  <svg {...common}>
    <rect x="3" y="4" width="18" height="12" rx="2" />
    <path d="M8 20h8M12 16v4" />
  </svg>
);
const Phone = () => (
  <svg {...common}>
    <rect x="7" y="2" width="10" height="20" rx="2" />
    <path d="M11 18h2" />
  </svg>
);
const Tablet = () => (
  <svg {...common}>
    <rect x="4" y="3" width="16" height="18" rx="2" />
    <path d="M11 18h2" />
  </svg>
);
const Window = () => (
  <svg {...common}>
    <rect x="3" y="4" width="18" height="16" rx="2" />
    <path d="M3 9h18" />
  </svg>
);
const Arrow = () => (
  <svg {...common}>
    <path d="M5 12h14M13 6l6 6-6 6" />
  </svg>
);

export function Flag({ country }: { country: string }) {
  if (!/^[A-Z]{2}$/.test(country)) return <Globe />;
  return <img class="pic flag" src={flagUrl(country)} alt="" width={20} height={15} loading="lazy" />;
}

export function DeviceIcon({ device }: { device: string }) {
  if (device === 'mobile') return <Phone />;
  if (device === 'tablet') return <Tablet />;
  if (device === 'desktop') return <Desktop />;
  return <Window />;
}

/** A browser's, an OS's or a referrer's mark; direct traffic gets an arrow, unknown names a globe or a window. */
export function BrandPic({ kind, value }: { kind: IconKind; value: string }) {
  const icon = brandIconOf(kind, value);
  if (icon) return <img class="pic brand" src={iconUrl(icon)} alt="" width={16} height={16} loading="lazy" />;
  if (kind === 'referrer') return value ? <Globe /> : <Arrow />;
  return <Window />;
}
