import { DEMO_LINKS } from './demo-content.js';

export interface BannerInput {
  publicUrl: string;
  /** The owner key minted for this run. */
  secret: string;
  /** Slugs of the demo links, by the slug demo-content.ts asked for (a taken one got `-demo`). */
  slugs: ReadonlyMap<string, string>;
  /** Set when this run generated the traffic. */
  generated: { clicks: number; days: number } | null;
  serving: boolean;
  pixelTimeoutMs: number;
}

/** What `ricochet demo` prints: where to look, how to sign in, which links show what. */
export function demoBanner(input: BannerInput): string {
  const url = input.publicUrl;
  const tries = DEMO_LINKS.filter((l) => l.try && input.slugs.has(l.input.slug as string)).map((l) => {
    const slug = input.slugs.get(l.input.slug as string) as string;
    return `  ${`${url}/${slug}`.padEnd(url.length + 18)} ${l.try}`;
  });
  const lines = [
    '',
    input.serving ? `Ricochet demo — serving on ${url}` : 'Ricochet demo — workspace "demo" is ready (start the server with `npm start`)',
    '',
    `  Dashboard   ${url}/`,
    `  Sign in     with this owner key (shown once): ${input.secret}`,
    `  API docs    ${url}/api/docs`,
    '',
    'Short links to try in a browser:',
    ...tries,
    '',
    input.generated
      ? `${input.generated.clicks.toLocaleString('en')} clicks over the last ${input.generated.days} days were generated, so the charts, audiences and pixel yield have data.`
      : 'The demo workspace existed already: its links and clicks are unchanged, and this key is new.',
    `The pixels have real-looking ids that belong to nobody. Without internet access the vendors' scripts cannot load:`,
    `the page then waits PIXEL_TIMEOUT_MS (${input.pixelTimeoutMs} ms) and the visitor still arrives.`,
    'More keys: `npx ricochet keys create --workspace demo --role member` (viewer unless --role says otherwise). The demo lives in its own workspace; delete it from the dashboard.',
    '',
  ];
  return lines.join('\n');
}
