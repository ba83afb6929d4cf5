import { createApiKey } from '../../app/api-keys/manage-api-keys.js';
import type { AppContext } from '../../app/context.js';
import { createLink } from '../../app/links/create-link.js';
import { createPixel } from '../../app/pixels/manage-pixels.js';
import { createWorkspace, updateWorkspace } from '../../app/workspace/manage-workspace.js';
import { DAY_MS } from '../../core/clicks/click.js';
import { AppError } from '../../core/errors.js';
import type { Workspace } from '../../core/workspace.js';
import { DEMO_CONSENT, DEMO_LINKS, DEMO_PIXELS, DEMO_PRIVACY_URL, DEMO_WORKSPACE, type DemoLink } from './demo-content.js';

/** A clock the seeding can set into the past (links created weeks ago); `null` → the real time. */
export interface MovableClock {
  now(): number;
  set(at: number | null): void;
}

export function movableClock(): MovableClock {
  let fixed: number | null = null;
  return {
    now: () => fixed ?? Date.now(),
    set: (at) => {
      fixed = at;
    },
  };
}

export interface SeededLink extends DemoLink {
  id: string;
  slug: string;
  createdAt: number;
  expiresAt: number | null;
}

export interface DemoSeed {
  workspace: Workspace;
  links: SeededLink[];
}

/**
 * Create the demo workspace (consent that asks, a privacy page), its pixels and links, each link
 * created on its own day in the past. Refuses when the workspace exists (the caller checks).
 */
export async function seedDemo(ctx: AppContext, clock: MovableClock, today: number): Promise<DemoSeed> {
  const oldest = Math.max(...DEMO_LINKS.map((l) => l.createdDaysAgo));
  clock.set(today - (oldest + 1) * DAY_MS);
  const created = await createWorkspace(ctx, DEMO_WORKSPACE);
  const workspace = await updateWorkspace(ctx, created.id, { consent: { ...DEMO_CONSENT }, privacyPolicyUrl: DEMO_PRIVACY_URL, timeZone: 'Europe/Berlin' });
  const pixels = new Map<string, string>();
  for (const input of DEMO_PIXELS) pixels.set(input.platform, (await createPixel(ctx, workspace.id, input)).id);

  const links: SeededLink[] = [];
  for (const demo of DEMO_LINKS) {
    const createdAt = today - demo.createdDaysAgo * DAY_MS - 3 * 3_600_000;
    const expiresAt = demo.expiresDaysAgo === undefined ? null : today - demo.expiresDaysAgo * DAY_MS;
    clock.set(createdAt);
    const input = {
      ...demo.input,
      ...(demo.platforms ? { pixelIds: demo.platforms.map((p) => pixels.get(p) as string) } : {}),
      ...(expiresAt === null ? {} : { expiresAt: new Date(expiresAt).toISOString() }),
    };
    // Another workspace may have the slug on the default domain already.
    const link = await createLink(ctx, workspace.id, input).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'SLUG_TAKEN') return createLink(ctx, workspace.id, { ...input, slug: `${input.slug}-demo` });
      throw error;
    });
    links.push({ ...demo, id: link.id, slug: link.slug, createdAt, expiresAt });
  }
  clock.set(null);
  return { workspace, links };
}

/** An owner key for the demo workspace; its secret is printed once. */
export async function demoKey(ctx: AppContext, workspaceId: string): Promise<string> {
  const { secret } = await createApiKey(ctx, workspaceId, { name: 'demo', role: 'owner' }, null);
  return secret;
}
