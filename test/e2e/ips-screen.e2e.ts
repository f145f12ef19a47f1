import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationResponse } from '../../src/shared/api/organisation.responses';
import { apiAs } from './support/api';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './support/browser';
import { personWithSpecialist } from './support/ips-world';

// Its own IPS teams, specialists, person and accounts, so it changes nothing other journeys rely on.

const PASSWORD = 'ips screen journey password';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const signInWith = (page: Page, username: string) => signIn(page, username, PASSWORD);

const narrowEnough = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );

describe('IPS administration and job interests on screen', () => {
  it('an administrator attaches a specialist to community teams, is told of a third team, an IPS team and a change saved first', async () => {
    const admin = await apiAs('demo-admin');
    const organisation = await admin.get<OrganisationResponse>('/admin/organisation');
    const siteId = organisation.sites[0]!.id;
    const suffix = Date.now().toString(36);
    const community = organisation.teams.filter((team) => !team.name.includes('IPS')).slice(0, 3);
    const ipsTeam = await admin.post<{ id: string }>('/admin/teams', { name: `Attach IPS ${suffix}`, siteId });
    const otherIpsTeam = await admin.post<{ id: string }>('/admin/teams', { name: `Other IPS ${suffix}`, siteId });
    const name = `Jo Attach ${suffix}`;
    const specialist = await admin.post<{ id: string }>('/admin/workers', {
      name,
      profession: 'IPS employment specialist',
      teamId: ipsTeam.id,
    });
    const other = await admin.post<{ id: string }>('/admin/workers', {
      name: `Lee Other ${suffix}`,
      profession: 'IPS employment specialist',
      teamId: otherIpsTeam.id,
    });
    await admin.put(`/admin/workers/${other.id}/ips-attachments`, { teamIds: [community[2]!.id], version: 1 });

    const { context, page } = await newPage(browser, 'desktop');
    await signIn(page, 'demo-admin');
    await page.goto('/admin/workers');
    await page.getByLabel('Find a worker').fill(name);
    await page.getByRole('button', { name: `Change ${name}` }).click();
    const form = page.getByRole('form', { name: `Community teams ${name} works inside` });
    for (const team of community) await form.getByLabel(team.name, { exact: true }).check();
    await form.getByRole('button', { name: 'Save teams' }).click();
    await form
      .getByText(/attach a specialist to 2 teams at most/i)
      .first()
      .waitFor();
    await form.getByLabel(community[2]!.name, { exact: true }).uncheck();
    await form.getByLabel(community[1]!.name, { exact: true }).uncheck();
    await form.getByLabel(`Other IPS ${suffix}`, { exact: true }).check();
    await form.getByRole('button', { name: 'Save teams' }).click();
    await form.getByText(new RegExp(`Other IPS ${suffix} is an IPS team, not a community team`)).waitFor();
    await form.getByLabel(`Other IPS ${suffix}`, { exact: true }).uncheck();
    await form.getByLabel(community[1]!.name, { exact: true }).check();
    await form.getByRole('button', { name: 'Save teams' }).click();
    await form.getByText('The teams were saved.').waitFor();
    const row = page.getByRole('row', { name: new RegExp(name) });
    await row.getByText(`${community[0]!.name} and ${community[1]!.name}`).waitFor();
    await expectNoAxeViolations(page);

    // Someone else changes them while the form is open: the form says so and keeps what was ticked.
    // The lists are held back from fetching again, so saving again must start from the 409's version.
    const held: Route[] = [];
    let holding = true;
    await page.route('**/api/v1/admin/organisation', (route) => (holding ? void held.push(route) : route.continue()));
    const { workers } = await admin.get<OrganisationResponse>('/admin/organisation');
    const version = workers.find((w) => w.id === specialist.id)!.version!;
    await admin.put(`/admin/workers/${specialist.id}/ips-attachments`, { teamIds: [community[2]!.id], version });
    await form.getByLabel(community[1]!.name, { exact: true }).uncheck();
    await form.getByRole('button', { name: 'Save teams' }).click();
    await form.getByText('Saved by someone else').waitFor();
    await form.getByText(`Works inside: ${community[2]!.name}.`).waitFor();
    expect(await form.getByLabel(community[0]!.name, { exact: true }).isChecked()).toBe(true);
    // Saving again at once, before the lists are fetched again, saves what is ticked.
    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/ips-attachments') && response.request().method() === 'PUT',
    );
    await form.getByRole('button', { name: 'Save teams' }).click();
    expect((await saved).status()).toBe(200);
    expect(held.length).toBeGreaterThan(0);
    holding = false;
    for (const route of held) await route.continue();
    await form.getByText('The teams were saved.').waitFor();
    await row.getByText(community[0]!.name, { exact: true }).waitFor();
    await row.getByText(community[2]!.name, { exact: true }).waitFor({ state: 'detached' });
    await page.screenshot({ path: '/tmp/ips-screen-admin-desktop.png', fullPage: true });

    await page.setViewportSize({ width: 360, height: 800 });
    await form.waitFor();
    await narrowEnough(page);
    await page.screenshot({ path: '/tmp/ips-screen-admin-phone.png', fullPage: true });
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('the person corrects and removes a job interest at phone size, and their typing survives a failed save, a reload and a lapsed session but not another account', async () => {
    const { personId, accounts } = await personWithSpecialist({
      person: 'Sky Correct',
      specialist: 'Pat Correct',
      usernamePrefix: { person: 'sky-correct', specialist: 'pat-correct' },
      password: PASSWORD,
    });
    const person = { id: personId };
    const personApi = await apiAs(accounts.person, PASSWORD);
    await personApi.post(`/people/${person.id}/ips/job-interests`, {
      jobKind: 'Barrista',
      employerName: 'Corner Cafe',
    });
    await personApi.post(`/people/${person.id}/ips/job-interests`, { jobKind: 'Night shifts' });

    const { context, page } = await newPage(browser, 'phone');
    await signInWith(page, accounts.person);
    await page.goto(`/people/${person.id}/work`);
    const section = page.getByRole('region', { name: 'Jobs and employers you are interested in' });
    await section.getByRole('button', { name: 'Correct Barrista' }).click();
    const edit = section.getByRole('form', { name: 'Change Barrista' });
    await edit.getByLabel('Kind of job').fill('Barista');
    await edit.getByRole('textbox', { name: 'Employer (optional)' }).fill('The Corner Café');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await section.getByText('Barista at The Corner Café: Interested').waitFor();
    await narrowEnough(page);
    await expectNoAxeViolations(page);

    await section.getByRole('button', { name: 'Remove Night shifts' }).click();
    const confirm = section.getByRole('group', { name: 'Remove Night shifts?' });
    expect(await confirm.evaluate((element) => element === document.activeElement)).toBe(true);
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    await section.getByText('Night shifts: Interested').waitFor();
    await section.getByRole('button', { name: 'Remove Night shifts' }).click();
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Yes, remove it' }).click();
    await section.getByText('Night shifts: Interested').waitFor({ state: 'detached' });

    // A new interest typed with no kind of job: the save fails and the words stay.
    const add = section.getByRole('form', { name: 'Add a job or employer you are interested in' });
    const why = add.getByRole('textbox', { name: 'Why it appeals to you (optional)' });
    await why.fill('Being outside all day');
    await add.getByRole('button', { name: 'Add' }).click();
    await add.getByText('Say what kind of job.', { exact: false }).first().waitFor();
    expect(await why.inputValue()).toBe('Being outside all day');
    await page.reload();
    await why.waitFor();
    expect(await why.inputValue()).toBe('Being outside all day');
    await add.getByText('Your words not yet saved are back in the form.').waitFor();
    await page.screenshot({ path: '/tmp/ips-screen-interests-phone.png', fullPage: true });

    // The session lapses (no sign-out): another account on this device sees none of it.
    await context.clearCookies();
    await signInWith(page, accounts.specialist);
    await page.goto(`/people/${person.id}/work`);
    const theirs = page.getByRole('form', { name: 'Add a job or employer they are interested in' });
    await theirs.getByLabel('Kind of job').waitFor();
    expect(await theirs.getByRole('textbox', { name: 'Why it appeals, in their words (optional)' }).inputValue()).toBe(
      '',
    );
    await page.getByText('Barista at The Corner Café').waitFor();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: '/tmp/ips-screen-interests-desktop.png', fullPage: true });
    await expectNoAxeViolations(page);

    // Back as the person after their session lapsed: the words are waiting, and are saved.
    await context.clearCookies();
    await page.setViewportSize({ width: 360, height: 800 });
    await signInWith(page, accounts.person);
    await page.goto(`/people/${person.id}/work`);
    await why.waitFor();
    expect(await why.inputValue()).toBe('Being outside all day');
    await add.getByLabel('Kind of job').fill('Gardening');
    await add.getByRole('button', { name: 'Add' }).click();
    await add.getByText('Added.').waitFor();
    await section.getByText('“Being outside all day”').waitFor();
    await page.reload();
    await why.waitFor();
    expect(await why.inputValue()).toBe('');
    await context.close();
  });
});
