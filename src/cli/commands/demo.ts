import { loadConfigOrExit, type Config } from '../../config.js';
import { createLogger } from '../../logger.js';
import { buildServer } from '../../server.js';
import { cliConfig } from '../cli-config.js';
import { demoBanner } from '../demo/demo-banner.js';
import { DEMO_LINKS, DEMO_WORKSPACE } from '../demo/demo-content.js';
import { planDemoTraffic } from '../demo/demo-plan.js';
import { demoKey, movableClock, seedDemo } from '../demo/seed-demo.js';
import { DEMO_COUNTRY_HEADER, sendDemoTraffic } from '../demo/send-demo-traffic.js';

export interface DemoOptions {
  clicks: number;
  days: number;
  serve: boolean;
}

export interface DemoResult {
  workspaceId: string;
  secret: string;
  slugs: Map<string, string>;
  generated: { clicks: number; days: number } | null;
}

/**
 * Create the demo workspace and its traffic (once), mint an owner key. The traffic goes through
 * a server of its own on 127.0.0.1 (trusting the demo's forwarded-for and country headers), so
 * the clicks are recorded by the same code as real ones.
 */
export async function prepareDemo(config: Readonly<Config>, options: Pick<DemoOptions, 'clicks' | 'days'>): Promise<DemoResult> {
  const clock = movableClock();
  const generator: Readonly<Config> = Object.freeze({
    ...config,
    trustProxy: { kind: 'hops', hops: 1 } as const,
    geoCountryHeader: DEMO_COUNTRY_HEADER,
    initialApiKey: null,
    apiRateLimit: 0,
    linkCreateRateLimit: 0,
  });
  const server = await buildServer(generator, { clock, log: createLogger({ logLevel: 'warn' }) });
  try {
    const ctx = server.ctx;
    const existing = await ctx.stores.workspaces.findByName(DEMO_WORKSPACE);
    if (existing) {
      const page = await ctx.stores.links.list(existing.id, { limit: 100, after: null });
      const present = new Set(page.items.map((l) => l.slug));
      const slugs = new Map<string, string>();
      for (const l of DEMO_LINKS) {
        const wanted = l.input.slug as string;
        const slug = [wanted, `${wanted}-demo`].find((s) => present.has(s));
        if (slug) slugs.set(wanted, slug);
      }
      return { workspaceId: existing.id, secret: await demoKey(ctx, existing.id), slugs, generated: null };
    }
    const today = Date.now();
    const seed = await seedDemo(ctx, clock, today);
    const plan = planDemoTraffic(seed.links, { total: options.clicks, days: options.days, today });
    await sendDemoTraffic(server, clock, plan);
    return {
      workspaceId: seed.workspace.id,
      secret: await demoKey(ctx, seed.workspace.id),
      slugs: new Map(seed.links.map((l) => [l.input.slug as string, l.slug])),
      generated: { clicks: options.clicks, days: options.days },
    };
  } finally {
    await server.close();
  }
}

/**
 * `ricochet demo`: a sample workspace with realistic links, pixels, a consent policy that shows
 * its prompt on localhost and a few thousand clicks, then (unless `--no-serve`) the server, with
 * the URLs to try and the key to sign in with.
 */
export async function demoCommand(options: DemoOptions): Promise<void> {
  const config = loadConfigOrExit();
  process.stderr.write(`ricochet demo: preparing workspace "${DEMO_WORKSPACE}" …\n`);
  const demo = await prepareDemo(config, options);
  const banner = (publicUrl: string) =>
    demoBanner({ publicUrl, secret: demo.secret, slugs: demo.slugs, generated: demo.generated, serving: options.serve, pixelTimeoutMs: config.pixelTimeoutMs });
  if (!options.serve) {
    process.stdout.write(banner(cliConfig().publicUrl));
    return;
  }
  const { serve } = await import('../../main.js');
  await serve({ onListening: (served) => process.stdout.write(banner(served.publicUrl)) });
}
