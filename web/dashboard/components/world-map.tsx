/**
 * Countries shaded by their share of human clicks. The outlines (Natural Earth via world-atlas,
 * projected at build time: scripts/dashboard-assets.ts) come from this server as a separate file,
 * loaded with the analytics page and kept for the session; no map tiles, nothing from the
 * internet. Decorative for screen readers: the country list beside it carries the numbers.
 * Clicking a country filters by it.
 */
import { useEffect, useState } from 'preact/hooks';
import { countryName, formatNumber } from '../lib/format.js';

interface MapData {
  width: number;
  height: number;
  countries: Array<{ id: string; name: string; d: string }>;
}

let cached: Promise<MapData> | null = null;
function loadMap(): Promise<MapData> {
  cached ??= fetch('/assets/dashboard/world-map.json').then((r) => {
    if (!r.ok) throw new Error(`world map: ${r.status}`);
    return r.json() as Promise<MapData>;
  });
  cached.catch(() => {
    cached = null;
  });
  return cached;
}

export function WorldMap({ counts, onSelect }: { counts: Map<string, number>; onSelect?: (country: string) => void }) {
  const [map, setMap] = useState<MapData | null>(null);
  useEffect(() => {
    let live = true;
    loadMap().then((m) => live && setMap(m), () => {});
    return () => {
      live = false;
    };
  }, []);
  if (!map) return <div class="world-map placeholder" aria-hidden="true" />;
  const max = Math.max(1, ...counts.values());
  return (
    <svg class="world-map" viewBox={`0 0 ${map.width} ${map.height}`} aria-hidden="true" focusable="false">
      {map.countries.map((c) => {
        const n = counts.get(c.id) ?? 0;
        // A square-root scale, so small countries in the list still show on the map.
        const level = n === 0 ? 0 : 1 + Math.round(Math.sqrt(n / max) * 5);
        return (
          <path key={c.id || c.name} d={c.d} class={`land l${level}`} onClick={n > 0 && onSelect ? () => onSelect(c.id) : undefined}>
            <title>{`${c.id ? countryName(c.id) : c.name}: ${formatNumber(n)}`}</title>
          </path>
        );
      })}
    </svg>
  );
}
