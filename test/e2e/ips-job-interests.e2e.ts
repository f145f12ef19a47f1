import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationResponse } from '../../src/shared/api/organisation.responses';
import { apiAs } from './support/api';
import { expectNoAxeViolations, launchBrowser, newPage } from './support/browser';
import type { MeResponseShape } from './support/types';

// Its own person, specialist and accounts in the demo manager's team, so it changes nothing other journeys rely on.

const PASSWORD = 'job search journey password';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function signInWith(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** A person who referred themselves to IPS and the specialist who took the referral, with an account each. */
async function personWithSpecialist() {
  const admin = await apiAs('demo-admin');
  const { me: manager } = await (await apiAs('demo-manager')).get<MeResponseShape>('/me');
  const organisation = await admin.get<OrganisationResponse>('/admin/organisation');
  const teamId = organisation.workers.find((w) => w.id === manager.workerId)!.teamId;
  const person = await admin.post<{ id: string }>('/admin/people', { name: 'Alex Job Search', teamId });
  const specialist = await admin.post<{ id: string }>('/admin/workers', {
    name: 'Jo Job Search',
    profession: 'IPS employment specialist',
    teamId,
  });
  const suffix = Date.now().toString(36);
  const accounts = { person: `alex-search-${suffix}`, specialist: `jo-search-${suffix}` };
  await admin.post('/admin/accounts', {
    username: accounts.person,
    password: PASSWORD,
    role: 'service_user',
    linkedId: person.id,
  });
  await admin.post('/admin/accounts', {
    username: accounts.specialist,
    password: PASSWORD,
    role: 'worker',
    linkedId: specialist.id,
  });
  await (await apiAs(accounts.person, PASSWORD)).post(`/people/${person.id}/ips/referrals`, {});
  await (await apiAs(accounts.specialist, PASSWORD)).post(`/people/${person.id}/ips/referrals/take`, {});
  return { personId: person.id, accounts };
}

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
