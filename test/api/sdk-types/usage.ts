/**
 * Compiled (never run) by test/api/sdk.test.ts under --strict: what an integrator writes with
 * the SDK must type-check, and the mistakes the document rules out must not.
 */
import { createRicochetClient, paginate, unwrap, type Link, type LinkBulkCreateResult, type LinkUpdate } from '../../../sdk/src/index.js';

const ricochet = createRicochetClient({ baseUrl: 'https://go.example.com', apiKey: 'rk_x' });

export async function roundTrip(id: string): Promise<void> {
  const link: Link = await unwrap(ricochet.GET('/links/{id}', { params: { path: { id } } }));
  // A fetched link can be sent back: redirectType is the same union in both directions (issue 20).
  const update: LinkUpdate = { redirectType: link.redirectType, tags: link.tags, utm: { campaign: link.utm.campaign } };
  await unwrap(ricochet.PATCH('/links/{id}', { params: { path: { id } }, body: update }));
  // @ts-expect-error 303 is not a redirect type a link can have
  await unwrap(ricochet.PATCH('/links/{id}', { params: { path: { id } }, body: { redirectType: 303 } }));
  const humans: number = link.humanClicks;
  void humans;
}

export async function bulk(): Promise<number> {
  const result: LinkBulkCreateResult = await unwrap(ricochet.POST('/links/bulk', { body: { links: [{ url: 'https://example.com/a' }] } }));
  // @ts-expect-error bulk items are LinkCreate objects, not anything
  await unwrap(ricochet.POST('/links/bulk', { body: { links: [42, 'nope'] } }));
  let created = 0;
  for (const item of result.results) {
    if (item.ok) created += item.link.slug.length > 0 ? 1 : 0;
    else if (item.error.code === 'SLUG_TAKEN') created += 0;
  }
  return created;
}

export async function errorsAreTyped(): Promise<string | undefined> {
  const { error } = await ricochet.POST('/links', { body: { url: 'https://example.com/a', slug: 'a' } });
  if (!error) return undefined;
  if (error.error.code === 'SLUG_TAKEN') return error.error.details?.field;
  // @ts-expect-error createLink never answers LINK_NOT_FOUND: the codes are an enum per operation
  if (error.error.code === 'LINK_NOT_FOUND') return 'impossible';
  return error.error.code;
}

export async function pages(): Promise<string[]> {
  const slugs: string[] = [];
  for await (const link of paginate((cursor) => ricochet.GET('/links', { params: { query: cursor === undefined ? { tag: 'spring' } : { tag: 'spring', cursor } } }))) {
    slugs.push(link.slug);
  }
  const stats = await unwrap(ricochet.GET('/links/{id}/stats', { params: { path: { id: 'lnk_x' }, query: { range: '7d' } } }));
  slugs.push(stats.asOf);
  return slugs;
}
