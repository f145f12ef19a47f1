import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationResponse } from '../../src/shared/api/organisation.responses';
import { apiAs } from './support/api';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot } from './support/browser';

// Its own person, carer and accounts, so it changes nothing other journeys rely on.

const PASSWORD = 'carer involvement journey password';

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

/** A new person with a coordinator and a carer who shares nothing, a review they were all at, and accounts. */
async function world() {
  const admin = await apiAs('demo-admin');
  const organisation = await admin.get<OrganisationResponse>('/admin/organisation');
  const team = organisation.teams[0]!;
  const coordinator = organisation.workers.find(
    (w) => w.teamId === team.id && !w.leftOn && w.profession !== 'Team manager',
  )!;
  const person = await admin.post<{ id: string }>('/admin/people', { name: 'Remi Involved', teamId: team.id });
  await admin.post(`/people/${person.id}/care-team`, { workerId: coordinator.id, role: 'care_coordinator' });
  const carer = await admin.post<{ id: string }>('/admin/carers', {
    name: 'Dana Involved',
    personId: person.id,
    relationship: 'Mother',
    sharedScopes: [],
    onBehalfReason: 'Remi agreed at their first meeting',
  });
  const suffix = Date.now().toString(36);
  const accounts = { person: `remi-${suffix}`, carer: `dana-${suffix}`, coordinator: `coord-inv-${suffix}` };
  for (const [username, role, linkedId] of [
    [accounts.person, 'service_user', person.id],
    [accounts.carer, 'carer', carer.id],
    [accounts.coordinator, 'worker', coordinator.id],
  ] as const)
    await admin.post('/admin/accounts', { username, password: PASSWORD, role, linkedId });
  const asCoordinator = await apiAs(accounts.coordinator, PASSWORD);
  await asCoordinator.post(`/people/${person.id}/reviews/hold`, {
    attendees: [{ kind: 'person' }, { kind: 'worker', workerId: coordinator.id }, { kind: 'carer', carerId: carer.id }],
    whatChanged: 'Remi wants to try the allotment again.',
  });
  return { personId: person.id, accounts };
}

describe('carers involved on the person’s terms', () => {
  it('a carer gives their view of a review and asks for a carer’s assessment at phone size; the team arranges it; the person sees a view was given', async () => {
    const w = await world();
    const carer = await newPage(browser, 'phone');
    await signInWith(carer.page, w.accounts.carer);
    await carer.page.goto(`/people/${w.personId}`);
    await carer.page.getByRole('heading', { name: 'Your view of meetings you were at' }).waitFor();
    const form = carer.page.getByRole('form', { name: /Your view of the review on/ });
    await form.waitFor();
    await expectNoAxeViolations(carer.page);
    await screenshot(carer.page, 'carer-involvement-phone-before');
    for (const question of ['I was listened to.', 'I had the information I needed to take part.'])
      await form.getByRole('group', { name: question }).getByText('4', { exact: true }).click();
    await form.getByLabel(/Anything else the care team should know/).fill('I would like the plan before the meeting.');
    await form.getByRole('button', { name: 'Send my view' }).click();
    await carer.page.getByText('Thank you. The care team can read your view.').waitFor();

    const ask = carer.page.getByRole('form', { name: 'Ask for a carer’s assessment' });
    await ask.getByLabel(/Anything you would like the care team to know first/).fill('I am not sleeping well.');
    await ask.getByRole('button', { name: 'Ask for a carer’s assessment' }).click();
    await carer.page.getByText('The care team has not answered yet.', { exact: false }).waitFor();
    await expectNoAxeViolations(carer.page);
    await screenshot(carer.page, 'carer-involvement-phone-after');

    const team = await newPage(browser, 'desktop');
    await signInWith(team.page, w.accounts.coordinator);
    await team.page.goto('/messages');
    const answer = team.page.getByRole('form', { name: 'Answer Dana Involved' });
    await answer.waitFor();
    await expectNoAxeViolations(team.page);
    await answer.getByLabel('Answer').selectOption('arranged');
    await answer.getByRole('button', { name: 'Send the answer' }).click();
    await team.page
      .getByRole('status')
      .getByText(/Answer saved for Dana Involved/)
      .waitFor();
    await screenshot(team.page, 'carer-involvement-inbox');
    await team.page.goto(`/people/${w.personId}`);
    await team.page.getByText('“I would like the plan before the meeting.”').waitFor();
    await team.page.getByText('Only the care team reads this.').waitFor();

    await carer.page.reload();
    await carer.page.getByText(/Your carer’s assessment is arranged for/).waitFor();

    const person = await newPage(browser, 'phone');
    await signInWith(person.page, w.accounts.person);
    const views = person.page.getByRole('region', { name: 'Your carers’ views of meetings' });
    await views.getByText(/Dana Involved gave a view of the review/).waitFor();
    await views.getByText(/chose to tell the care team only/).waitFor();
    expect(await person.page.getByText('I would like the plan before the meeting.').count()).toBe(0);
    expect(await person.page.getByText(/carer’s assessment/i).count()).toBe(0);
    await expectNoAxeViolations(person.page);
    await screenshot(person.page, 'carer-involvement-person-phone');
    for (const opened of [carer, team, person]) await opened.context.close();
  });
});
