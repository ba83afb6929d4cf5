/**
 * The dashboard's local pictures, made at build time so the browser never fetches one from the
 * internet (the dashboard's CSP allows only its own origin):
 * - `flag-<cc>.svg`: country flags from `flag-icons` (MIT), 4:3;
 * - `icon-<slug>.svg`: the brand marks web/dashboard/lib/brand-icons.ts names, from `simple-icons`
 *   (CC0), in each brand's colour;
 * - `world-map.json`: country outlines from `world-atlas` (Natural Earth 1:110m, public domain),
 *   projected once here (Equal Earth, d3-geo) into SVG path strings keyed by ISO alpha-2 code, so
 *   the bundle carries no projection code and the map loads only with the analytics page.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { geoEqualEarth, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BRAND_ICONS } from '../web/dashboard/lib/brand-icons.js';

const require = createRequire(import.meta.url);
const WIDTH = 960;
const HEIGHT = 470;

export interface Asset {
  name: string;
  contents: Uint8Array;
}

const text = (s: string) => new TextEncoder().encode(s);

async function flags(): Promise<Asset[]> {
  const dir = join(dirname(require.resolve('flag-icons/package.json')), 'flags/4x3');
  const out: Asset[] = [];
  for (const file of await readdir(dir)) {
    if (/^[a-z]{2}\.svg$/.test(file)) out.push({ name: `flag-${file}`, contents: await readFile(join(dir, file)) });
  }
  return out;
}

async function icons(): Promise<Asset[]> {
  const all = (await import('simple-icons')) as unknown as Record<string, { slug: string; hex: string; path: string; title: string }>;
  const bySlug = new Map(Object.values(all).filter((i) => i && typeof i === 'object' && 'slug' in i).map((i) => [i.slug, i]));
  return BRAND_ICONS.map((slug) => {
    const icon = bySlug.get(slug);
    if (!icon) throw new Error(`simple-icons has no icon "${slug}"`);
    return { name: `icon-${slug}.svg`, contents: text(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><title>${icon.title}</title><path fill="#${icon.hex}" d="${icon.path}"/></svg>`) };
  });
}

async function worldMap(): Promise<Asset> {
  const topology = JSON.parse(await readFile(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const shapes = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], shapes);
  const path = geoPath(projection).digits(0);
  const out: Array<{ id: string; name: string; d: string }> = [];
  for (const f of shapes.features) {
    const id = countries.numericToAlpha2(String(f.id ?? '')) ?? '';
    const d = path(f);
    if (d) out.push({ id, name: f.properties?.name ?? id, d });
  }
  return { name: 'world-map.json', contents: text(JSON.stringify({ width: WIDTH, height: HEIGHT, countries: out })) };
}

export async function dashboardAssets(): Promise<Asset[]> {
  return [...(await flags()), ...(await icons()), await worldMap()];
}
