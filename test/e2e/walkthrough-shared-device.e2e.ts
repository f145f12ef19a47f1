import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, NEW_ACCOUNT_PASSWORD, newAccount } from './support/api';
import { expectNoAxeViolations, fillSignIn, launchBrowser, newPage, screenshot, signIn } from './support/browser';
import type { MeResponseShape, OrganisationResponse } from './support/types';

// A care coordinator's session ends on a shared tablet while a person's record is open; the next
// worker to sign in on it must start at their own home page, not on the record the first one had open.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

interface PersonShape {
  careTeam: { workerId: string }[] | null;
}

/** Ends every session of the account but the one this call makes, as the idle limit would. */
async function endBrowserSessionsOf(username: string): Promise<void> {
  const account = await apiAs(username, NEW_ACCOUNT_PASSWORD);
  const { sessions } = await account.get<{ sessions: { id: string; isCurrent: boolean }[] }>('/me/sessions');
  for (const session of sessions.filter((s) => !s.isCurrent)) await account.delete(`/me/sessions/${session.id}`);
}

/** The tablet finds out at its next request: opening the care plan, unless a request in the background did first. */
async function findOutSessionEnded(page: Page): Promise<void> {
  const carePlan = page.getByRole('link', { name: /care plan$/ });
  if (await carePlan.isVisible()) await carePlan.click({ timeout: 5_000 }).catch(() => undefined);
  await page.getByText('You were signed out because Tandem had not heard from you for a while.').waitFor();
}

describe('a shared tablet after a session ends', () => {
  it('takes the next worker to their own home page, and the same worker back to where they were', async () => {
    const { me: person } = await (await apiAs('demo-person')).get<MeResponseShape>('/me');
    const personId = person.personId!;
    const { me: coordinator } = await (await apiAs('demo-worker')).get<MeResponseShape>('/me');
    const admin = await apiAs('demo-admin');
    const record = await (await apiAs('demo-worker')).get<PersonShape>(`/people/${personId}`);
    const inCareTeam = new Set((record.careTeam ?? []).map((m) => m.workerId));
    const { workers } = await admin.get<OrganisationResponse>('/admin/organisation');
    const stranger = workers.find((w) => !w.leftOn && !inCareTeam.has(w.id))!;
    const first = await newAccount('walk-first', 'worker', coordinator.workerId);
    const next = await newAccount('walk-next', 'worker', stranger.id);

    const { context, page } = await newPage(browser, 'tabletLandscape');
    await signIn(page, first, NEW_ACCOUNT_PASSWORD);
    await page.goto(`/people/${personId}`);
    await page.getByRole('heading', { level: 1, name: /Jordan Meadows|Jo/ }).waitFor();

    await endBrowserSessionsOf(first);
    await findOutSessionEnded(page);
    await fillSignIn(page, next, NEW_ACCOUNT_PASSWORD);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/caseload');
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Jordan Meadows');
    await expectNoAxeViolations(page);
    await screenshot(page, 'walkthrough-shared-device-next-worker');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Username').waitFor();

    // The same worker, signed out by the idle limit, is taken back to the record they had open.
    await fillSignIn(page, first, NEW_ACCOUNT_PASSWORD);
    await page.goto(`/people/${personId}`);
    await page.getByRole('heading', { level: 1, name: /Jordan Meadows|Jo/ }).waitFor();
    await endBrowserSessionsOf(first);
    await findOutSessionEnded(page);
    await fillSignIn(page, first, NEW_ACCOUNT_PASSWORD);
    await expect.poll(() => new URL(page.url()).pathname).toMatch(new RegExp(`^/people/${personId}`));
    await context.close();
  });
});
