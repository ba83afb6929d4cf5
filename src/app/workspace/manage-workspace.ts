import { DEFAULT_CONSENT, type ConsentSettings } from '../../core/consent/settings.js';
import { AppError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { NO_BRAND, type Workspace, type WorkspaceBrand } from '../../core/workspace.js';
import type { AppContext } from '../context.js';
import { safeUrlOrThrow } from '../safe-url.js';
import { allLinksChanged } from '../redirect/cache-invalidation.js';

export interface WorkspacePatch {
  name?: string;
  consent?: Partial<ConsentSettings>;
  privacyPolicyUrl?: string | null;
  timeZone?: string;
  conversionTracking?: boolean;
  consentPrompt?: { brandColor?: string | null; logoUrl?: string | null; language?: string | null };
}

/** The prompt's logo loads on the interstitial, under its CSP: https only, a plain image URL. */
function logoUrlOrThrow(url: string): string {
  const safe = safeUrlOrThrow('consentPrompt.logoUrl', url);
  if (!safe.startsWith('https://')) throw new AppError('URL_UNSAFE', 'consentPrompt.logoUrl: the logo must be an https URL.', { field: 'consentPrompt.logoUrl', reason: 'scheme' });
  return safe;
}

function nextBrand(current: WorkspaceBrand, patch: WorkspacePatch['consentPrompt']): WorkspaceBrand {
  if (!patch) return current;
  return {
    color: patch.brandColor === undefined ? current.color : patch.brandColor && patch.brandColor.toLowerCase(),
    // null clears the logo; anything else, the empty string included, must be a safe https URL.
    logoUrl: patch.logoUrl === undefined ? current.logoUrl : patch.logoUrl === null ? null : logoUrlOrThrow(patch.logoUrl),
    promptLanguage: patch.language === undefined ? current.promptLanguage : patch.language,
  };
}

export async function createWorkspace(ctx: AppContext, name: string): Promise<Workspace> {
  const now = ctx.clock.now();
  const workspace: Workspace = {
    id: newId('workspace', now, ctx.random),
    name,
    consent: { ...DEFAULT_CONSENT },
    privacyPolicyUrl: null,
    timeZone: 'UTC',
    conversionTracking: false,
    brand: { ...NO_BRAND },
    createdAt: now,
    updatedAt: now,
  };
  await ctx.stores.workspaces.insert(workspace);
  return workspace;
}

export async function getWorkspaceOrThrow(ctx: AppContext, id: string): Promise<Workspace> {
  const workspace = await ctx.stores.workspaces.get(id);
  // A key's workspace always exists (FK cascade deletes keys with it); guard anyway.
  if (!workspace) throw new AppError('UNAUTHENTICATED');
  return workspace;
}

/** A workspace setting changes the behaviour of all its links, so the link cache is dropped. */
export async function updateWorkspace(ctx: AppContext, id: string, patch: WorkspacePatch): Promise<Workspace> {
  const current = await getWorkspaceOrThrow(ctx, id);
  const privacyPolicyUrl =
    patch.privacyPolicyUrl === undefined
      ? current.privacyPolicyUrl
      : patch.privacyPolicyUrl === null
        ? null
        : safeUrlOrThrow('privacyPolicyUrl', patch.privacyPolicyUrl);
  const next: Workspace = {
    ...current,
    name: patch.name?.trim() || current.name,
    consent: { ...current.consent, ...patch.consent },
    privacyPolicyUrl,
    timeZone: patch.timeZone ?? current.timeZone,
    conversionTracking: patch.conversionTracking ?? current.conversionTracking,
    brand: nextBrand(current.brand, patch.consentPrompt),
    updatedAt: ctx.clock.now(),
  };
  await ctx.stores.workspaces.update(next);
  allLinksChanged(ctx);
  return next;
}
