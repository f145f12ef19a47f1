import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationResponse } from '../../src/shared/api/organisation.responses';
import { apiAs } from './support/api';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn } from './support/browser';
import type { MeResponseShape } from './support/types';

// Each journey makes its own person, specialist and accounts in the demo manager's team, so it
// changes nothing other journeys rely on.

const PASSWORD = 'ips journey password';

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

/** A new person and a new employment specialist in the demo manager's team, with an account each. */
async function newPersonAndSpecialist(tag: string) {
  const admin = await apiAs('demo-admin');
  const { me: manager } = await (await apiAs('demo-manager')).get<MeResponseShape>('/me');
  const organisation = await admin.get<OrganisationResponse>('/admin/organisation');
  const teamId = organisation.workers.find((w) => w.id === manager.workerId)!.teamId;
  const team = organisation.teams.find((t) => t.id === teamId)!;
  const person = await admin.post<{ id: string }>('/admin/people', { name: `Robin ${tag}`, teamId });
  const specialist = await admin.post<{ id: string }>('/admin/workers', {
    name: `Dana ${tag}`,
    profession: 'IPS employment specialist',
    teamId,
  });
  const suffix = Date.now().toString(36);
  const accounts = { person: `robin-${tag}-${suffix}`, specialist: `dana-${tag}-${suffix}` };
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
  return { personId: person.id, personName: `Robin ${tag}`, team, accounts };
}

/** The team's cell for the newest quarter on the IPS figures page: "40% (2 of 5)". */
async function teamRateCell(page: Page, teamName: string): Promise<{ inWork: number; onCaseload: number }> {
  await page.goto('/ips/figures');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `Team: ${teamName}` }) });
  const text = (await row.getByRole('cell').nth(3).textContent()) ?? '';
  const match = /\((\d+) of (\d+)\)/.exec(text);
  if (!match) throw new Error(`No rate in "${text}"`);
  return { inWork: Number(match[1]), onCaseload: Number(match[2]) };
}

const profileDraftKeys = (page: Page) =>
  page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.includes('.ips-profile.')));

describe('IPS journeys', () => {
  it('a specialist takes a self-referral, writes the profile with the person at phone size, logs employer contacts and a job start, and the quarter’s rate moves', async () => {
    const world = await newPersonAndSpecialist('work');
    const managerView = await newPage(browser, 'desktop');
    await signIn(managerView.page, 'demo-manager');
    await managerView.page.getByRole('link', { name: 'IPS figures' }).click();
    await managerView.page.getByRole('heading', { level: 1, name: 'IPS figures' }).waitFor();
    const before = await teamRateCell(managerView.page, world.team.name);
    await expectNoAxeViolations(managerView.page);

    // The person refers themselves at phone size: no readiness question.
    const person = await newPage(browser, 'phone');
    await signInWith(person.page, world.accounts.person);
    await person.page.getByRole('link', { name: /Your work/ }).click();
    await person.page.getByRole('heading', { level: 1, name: 'Your work' }).waitFor();
    await expectNoAxeViolations(person.page);
    await person.page.getByRole('button', { name: 'I want to work: refer me' }).click();
    await person.page.getByText(/You were referred on .+ \(you asked yourself\)/).waitFor();

    // The specialist takes the referral from their team's waiting list.
    const specialist = await newPage(browser, 'desktop');
    await signInWith(specialist.page, world.accounts.specialist);
    await specialist.page.getByRole('link', { name: 'IPS caseload' }).click();
    await specialist.page.getByRole('heading', { level: 1, name: 'My IPS caseload' }).waitFor();
    await expectNoAxeViolations(specialist.page);
    await specialist.page.getByRole('button', { name: `Take ${world.personName}’s referral` }).click();
    await specialist.page.getByRole('link', { name: world.personName }).waitFor();

    // With the specialist beside them, the person writes their work goals on their phone; the
    // words survive a reload before they are saved, kept on the device under their account.
    const goals = person.page.getByRole('form', { name: 'Work goals' });
    await person.page.reload();
    await goals.getByLabel('The work I want').fill('A bakery, early mornings, with a small team');
    await goals.getByLabel('My strengths').fill('I am careful and I like routine');
    await person.page.reload();
    expect(await goals.getByLabel('The work I want').inputValue()).toBe('A bakery, early mornings, with a small team');
    await goals.getByText('Your words not yet saved are back in the form.').waitFor();
    expect(await profileDraftKeys(person.page)).toHaveLength(1);
    await goals
      .getByLabel('Telling employers about mental health')
      .selectOption({ label: 'Mention some things, to the people I name' });
    await goals.getByLabel('Who may be told').fill('The manager only');
    await expectNoAxeViolations(person.page);
    await screenshot(person.page, 'ips-person-phone');
    await goals.getByRole('button', { name: 'Save work goals' }).click();
    await goals.getByText('Saved.').waitFor();
    expect(await profileDraftKeys(person.page)).toEqual([]);

    // The specialist records benefits advice, an employer contact about the person and a job start.
    await specialist.page.getByRole('link', { name: world.personName }).click();
    await specialist.page.getByRole('heading', { level: 1, name: `Work and IPS for ${world.personName}` }).waitFor();
    await specialist.page.getByText('A bakery, early mornings, with a small team').count();
    const advice = specialist.page.getByRole('form', { name: 'Record benefits advice' });
    await advice.getByLabel('Who gave it').fill('Pat Jones, welfare rights');
    await advice.getByLabel('What it covered').fill('Hours allowed on current benefits; a better-off calculation');
    await advice.getByRole('button', { name: 'Record advice' }).click();
    await advice.getByText('Benefits advice recorded.').waitFor();
    await expectNoAxeViolations(specialist.page);

    const employerName = `Dough & Co ${Date.now().toString(36)}`;
    await specialist.page.goto('/ips');
    const newEmployer = specialist.page.getByRole('form', { name: 'Add an employer' });
    await newEmployer.getByLabel('Employer’s name').fill(employerName);
    await newEmployer.getByLabel('Kind of work').fill('Bakery');
    await newEmployer.getByRole('button', { name: 'Add employer' }).click();
    const contact = specialist.page.getByRole('form', { name: 'Record an employer contact' });
    await contact.getByLabel('Employer').locator('option', { hasText: employerName }).waitFor({ state: 'attached' });
    const today = new Date().toISOString().slice(0, 10);
    for (const [about, purpose] of [
      ['', 'Getting to know the employer (job development)'],
      [world.personName, 'About a job for someone'],
    ] as const) {
      await contact.getByLabel('Employer').selectOption({ label: employerName });
      if (about) await contact.getByLabel('About').selectOption({ label: about });
      await contact.getByLabel('Date of the contact').fill(today);
      await contact.getByLabel('Who you met').fill('The owner');
      await contact.getByLabel('What it was for').selectOption({ label: purpose });
      await contact.getByRole('button', { name: 'Record employer contact' }).click();
      await contact.getByText('Employer contact recorded.').waitFor();
    }
    await expectNoAxeViolations(specialist.page);
    await screenshot(specialist.page, 'ips-caseload-desktop');

    await specialist.page.getByRole('link', { name: world.personName }).click();
    const job = specialist.page.getByRole('form', { name: 'Record a job start' });
    await job.getByLabel('Employer').selectOption({ label: employerName });
    await job.getByLabel('Job title or course').fill('Bakery assistant');
    await job.getByLabel('First day').fill(today);
    await job.getByLabel('Hours a week').fill('16');
    await job.getByLabel('Pay an hour (£)').fill('12.60');
    await job.getByRole('button', { name: 'Record job' }).click();
    await job.getByText('Job recorded.').waitFor();
    await specialist.page
      .getByText(/Bakery assistant/)
      .first()
      .waitFor();
    await expectNoAxeViolations(specialist.page);

    // The person sees their job and who spoke to the employer about them.
    await person.page.reload();
    await person.page.getByRole('heading', { level: 2, name: 'Your jobs and courses' }).waitFor();
    await person.page
      .getByText(/Bakery assistant/)
      .first()
      .waitFor();
    await person.page.getByText(/Pat Jones, welfare rights/).waitFor();
    await expectNoAxeViolations(person.page);

    // One more person on the team's caseload this quarter, and one more in competitive work.
    const after = await teamRateCell(managerView.page, world.team.name);
    expect(after).toEqual({ inWork: before.inWork + 1, onCaseload: before.onCaseload + 1 });
    await screenshot(managerView.page, 'ips-figures-desktop');

    // Unsaved words leave the device with the person when they sign out.
    await goals.getByLabel('Who may be told').fill('The manager and my supervisor');
    expect(await profileDraftKeys(person.page)).toHaveLength(1);
    await person.page.getByRole('button', { name: 'Sign out' }).click();
    await person.page.getByLabel('Username').waitFor();
    expect(await profileDraftKeys(person.page)).toEqual([]);
    await Promise.all([managerView.context.close(), person.context.close(), specialist.context.close()]);
  }, 240_000);

  it('a specialist of the demo IPS team takes a self-referral from a community team it is attached to, and joins the care team', async () => {
    const world = await newPersonAndSpecialist('team');
    const admin = await apiAs('demo-admin');
    const organisation = await admin.get<OrganisationResponse>('/admin/organisation');
    const ipsTeam = organisation.teams.find((t) => t.name === 'IPS employment team')!;
    const kim = organisation.workers.find((w) => w.name === 'Kim Okafor' && w.teamId === ipsTeam.id)!;
    const username = `kim-${Date.now().toString(36)}`;
    await admin.post('/admin/accounts', { username, password: PASSWORD, role: 'worker', linkedId: kim.id });

    const person = await newPage(browser, 'phone');
    await signInWith(person.page, world.accounts.person);
    await person.page.goto(`/people/${world.personId}/work`);
    await person.page.getByRole('button', { name: 'I want to work: refer me' }).click();
    await person.page.getByText(/You were referred on .+ \(you asked yourself\)/).waitFor();

    // Kim works in the IPS team, not in the person's community team: the team is attached, so the
    // referral waits on her list and taking it puts her in the person's care team.
    const specialist = await newPage(browser, 'desktop');
    await signInWith(specialist.page, username);
    await specialist.page.getByRole('link', { name: 'IPS caseload' }).click();
    await specialist.page.getByRole('heading', { level: 1, name: 'My IPS caseload' }).waitFor();
    await specialist.page.getByRole('button', { name: `Take ${world.personName}’s referral` }).click();
    await specialist.page.getByRole('link', { name: world.personName }).click();
    await specialist.page.getByRole('heading', { level: 1, name: `Work and IPS for ${world.personName}` }).waitFor();
    await expectNoAxeViolations(specialist.page);

    await person.page.reload();
    await person.page.getByText('Kim Okafor').first().waitFor();
    await expectNoAxeViolations(person.page);
    await Promise.all([person.context.close(), specialist.context.close()]);
  });

  it('the person ends their support at phone size and can ask for it again', async () => {
    const world = await newPersonAndSpecialist('end');
    const person = await newPage(browser, 'phone');
    await signInWith(person.page, world.accounts.person);
    await person.page.goto(`/people/${world.personId}/work`);
    await person.page.getByRole('button', { name: 'I want to work: refer me' }).click();
    await person.page.getByText('Stop employment support').click();
    const end = person.page.getByRole('form', { name: 'End IPS support' });
    await expectNoAxeViolations(person.page);
    await end.getByRole('button', { name: 'Stop support' }).click();
    await person.page.getByRole('heading', { level: 3, name: 'Your support before' }).waitFor();
    await person.page.getByText(/ended .+: the person chose to stop/).waitFor();
    await person.page.getByRole('button', { name: 'I want to work: refer me' }).waitFor();
    await expectNoAxeViolations(person.page);
    await person.context.close();
  });

  it('a manager scores a fidelity review with the figures from the records beside the items', async () => {
    const { context, page } = await newPage(browser, 'desktop');
    await signIn(page, 'demo-manager');
    await page.goto('/ips/figures');
    const review = page.getByRole('form', { name: 'Score a fidelity review' });
    await review.waitFor();
    // Caseload size, rapid search and employer contacts are counted, not typed.
    await review
      .getByText(/From the records: People per employment specialist/)
      .first()
      .waitFor();
    expect(await review.getByText(/^From the records:/).count()).toBeGreaterThanOrEqual(5);
    await expectNoAxeViolations(page);
    await review.getByLabel('Date of the review').fill(new Date().toISOString().slice(0, 10));
    await review.getByLabel('Reviewers').fill('Two reviewers from the next county');
    const items = review.getByRole('combobox');
    const count = await items.count();
    expect(count).toBe(25);
    for (let i = 0; i < count; i += 1) await items.nth(i).selectOption(i % 5 === 0 ? '3' : '4');
    await review.getByRole('button', { name: 'Save the review' }).click();
    // 5 items at 3 and 20 at 4: 95 of 125, fair.
    await review.getByText('Review saved: 95 of 125.').waitFor();
    await review.getByText(/Last review .+: 95 of 125, fair/i).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'ips-fidelity-desktop');
    const phone = await newPage(browser, 'phone');
    await signIn(phone.page, 'demo-manager');
    await phone.page.goto('/ips/figures');
    await phone.page.getByRole('form', { name: 'Score a fidelity review' }).waitFor();
    await expectNoAxeViolations(phone.page);
    await screenshot(phone.page, 'ips-fidelity-phone');
    await Promise.all([context.close(), phone.context.close()]);
  });

  it('an administrator opens the demo IPS team’s fidelity review, with the figures of its specialists beside the items', async () => {
    const { context, page } = await newPage(browser, 'desktop');
    await signIn(page, 'demo-admin');
    await page.goto('/ips/figures');
    await page.getByLabel('Team reviewed').selectOption({ label: 'IPS employment team' });
    const review = page.getByRole('form', { name: 'Score a fidelity review' });
    // The demo's review, scored 98 of 125; the figures count the people the two specialists support.
    await review.getByText(/Last review .+: 98 of 125, fair/i).waitFor();
    await review
      .getByText(/From the records: People per employment specialist/)
      .first()
      .waitFor();
    expect(await review.getByText(/^From the records:/).count()).toBeGreaterThanOrEqual(5);
    await expectNoAxeViolations(page);
    await screenshot(page, 'ips-fidelity-admin-desktop');
    await context.close();
  });
});
