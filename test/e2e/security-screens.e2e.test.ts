/**
 * Issue 17 in the dashboard, in real Chromium: a link whose password form was locked by wrong
 * guesses shows the lock on its page and the owner unlocks it there; the audit log screen lists
 * who did what, unlocking included.
 */
import { describe, expect, it } from 'vitest';
import { go, signIn, unexpected, useDashboardSuite } from './support/dashboard-harness.js';

const suite = useDashboardSuite({ PASSWORD_LINK_ATTEMPTS: '2' });

async function wrongPassword(slug: string): Promise<number> {
  const res = await fetch(`${suite.server().url}/${slug}`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'password=guess' });
  return res.status;
}

describe('security in the dashboard', () => {
  it('shows a locked password form on the link page, unlocks it, and the audit log lists both', async () => {
    const link = await suite.api('POST', '/links', { url: `${suite.destination()}/vault`, pixelIds: [], password: 'open sesame', title: 'Vault' });
    expect(await wrongPassword(link.slug)).toBe(403);
    expect(await wrongPassword(link.slug)).toBe(403);
    expect(await wrongPassword(link.slug)).toBe(429);

    const { page, problems } = await suite.open();
    await signIn(page, suite.server().url);
    await go(page, `#/links/${link.id}`, 'Vault');
    const banner = page.getByTestId('password-lockout');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/locked after 2 wrong passwords/);
    await banner.getByRole('button', { name: 'Unlock now' }).click();
    await page.getByTestId('toast').filter({ hasText: 'Unlocked' }).waitFor();
    await banner.waitFor({ state: 'detached' });
    expect((await suite.api('GET', `/password-lockouts/${link.id}`)).locked).toBe(false);

    await go(page, '#/audit', 'Audit log');
    const table = page.getByTestId('audit-table');
    await table.waitFor();
    const text = await table.textContent();
    expect(text).toContain('link.unlock');
    expect(text).toContain('link.create');
    expect(text).toContain(link.id);
    expect(unexpected(problems)).toEqual([]);
  }, 60_000);
});
