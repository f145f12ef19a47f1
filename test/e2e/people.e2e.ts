import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './support/api';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('people journeys', () => {
  it('a worker finds a person by name, shown with their NHS number, date of birth and team', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, 'demo-worker');
      await page.getByRole('heading', { name: 'My caseload' }).waitFor();
      await page.getByLabel('Name or NHS number').fill('Jordan');
      const results = page.getByRole('list').filter({ hasText: 'NHS number 999' });
      await results.first().waitFor();
      expect(await page.getByRole('link', { name: 'Open record' }).count()).toBeGreaterThan(0);
      await expectNoAxeViolations(page);
      await screenshot(page, `people-search-${viewport}`);
      await context.close();
    }
  });

  it('the person sees how to reach their team and in a crisis, and can leave research exports', async () => {
    for (const viewport of ['phone', 'desktop'] as const) {
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, 'demo-person');
      // The demo plan has a proposal waiting for Jo: it is said at the top, before anything else.
      await page.getByRole('heading', { name: /^Waiting for you: a change to your care plan/ }).waitFor();
      await page.getByRole('heading', { name: 'How to reach your team' }).waitFor();
      await page.getByText(/Ring .* on 01632 960/).waitFor();
      await page.getByRole('heading', { name: 'In a crisis' }).waitFor();
      const research = page.getByRole('region', { name: 'Your records in research' });
      const leave = research.getByRole('button', { name: 'Leave me out of research' });
      const rejoin = research.getByRole('button', { name: 'Include my records in research again' });
      await ((await leave.isVisible()) ? leave : rejoin).click();
      await research.getByText(/You have chosen to be left out|Your records are included/).waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, `my-page-contact-research-${viewport}`);
      await context.close();
    }
  });

  it('a manager opening a person in their team is not offered a care plan they cannot open', async () => {
    const manager = await apiAs('demo-manager');
    const { people } = await manager.get<{ people: { id: string; name: string }[] }>('/team');
    const someone = people[0]!;
    const { context, page } = await newPage(browser, 'desktop');
    await signIn(page, 'demo-manager');
    await page.goto(`/people/${someone.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText('Team', { exact: true }).first().waitFor();
    expect(await page.getByRole('link', { name: /care plan/ }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
