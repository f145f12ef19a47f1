import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './support/browser';
import { personWithSpecialist as personWithSpecialistFor } from './support/ips-world';

// Its own person, specialist and accounts in the demo manager's team, so it changes nothing other journeys rely on.

const PASSWORD = 'job search journey password';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const signInWith = (page: Page, username: string) => signIn(page, username, PASSWORD);

const personWithSpecialist = () =>
  personWithSpecialistFor({
    person: 'Alex Job Search',
    specialist: 'Jo Job Search',
    usernamePrefix: { person: 'alex-search', specialist: 'jo-search' },
    password: PASSWORD,
  });

describe('IPS job search', () => {
  it('the person adds a job they are interested in at phone size; the specialist sees it beside the employer contacts and marks it applied', async () => {
    const world = await personWithSpecialist();
    const phone = await newPage(browser, 'phone');
    await signInWith(phone.page, world.accounts.person);
    await phone.page.goto(`/people/${world.personId}/work`);
    const section = phone.page.getByRole('region', { name: 'Jobs and employers you are interested in' });
    await section.getByText('You have not added any jobs or employers yet.').waitFor();
    await section.getByLabel('Kind of job').fill('Barista');
    await section.getByRole('textbox', { name: 'Employer (optional)' }).fill('The Corner Café');
    await section.getByRole('textbox', { name: 'Why it appeals to you (optional)' }).fill('I like talking to people');
    await section.getByRole('button', { name: 'Add' }).click();
    await section.getByText('Added.').waitFor();
    await section.getByText('“I like talking to people”').waitFor();
    expect(await section.getByRole('listitem').first().textContent()).toContain(
      'Barista at The Corner Café: Interested',
    );
    const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await phone.page.screenshot({ path: '/tmp/interests-phone.png', fullPage: true });
    await expectNoAxeViolations(phone.page);

    const desk = await newPage(browser, 'desktop');
    await signInWith(desk.page, world.accounts.specialist);
    await desk.page.goto(`/people/${world.personId}/work`);
    const theirs = desk.page.getByRole('region', { name: 'Job search: jobs and employers they are interested in' });
    await theirs.getByText('Barista at The Corner Café').waitFor();
    await theirs.getByRole('button', { name: 'Applied: Barista' }).click();
    await theirs.getByText('Barista at The Corner Café: Applied').waitFor();
    await desk.page.screenshot({ path: '/tmp/interests-desktop.png', fullPage: true });
    await expectNoAxeViolations(desk.page);

    // The person's page still shows the old status: their change is refused and they see where it now stands.
    await phone.page.getByRole('button', { name: 'Not now: Barista' }).click();
    await phone.page.getByText('Someone changed this after you opened it', { exact: false }).waitFor();
    await phone.page.getByText('Barista at The Corner Café: Applied').waitFor();
    await phone.context.close();
    await desk.context.close();
  });
});
