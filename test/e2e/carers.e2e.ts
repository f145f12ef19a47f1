import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationResponse } from '../../src/shared/api/organisation.responses';
import type { PersonHandoversResponse } from '../../src/shared/api/handovers.responses';
import { apiAs } from './support/api';
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage, screenshot } from './support/browser';

// Each journey makes its own person, carer and accounts, so it changes nothing other journeys rely on.

const PASSWORD = 'carers journey password';

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

/** A new person in the demo team with a coordinator, a carer who sees everything, and an account for each. */
async function newPersonWithCarer(tag: string) {
  const admin = await apiAs('demo-admin');
  const organisation = await admin.get<OrganisationResponse>('/admin/organisation');
  const team = organisation.teams[0]!;
  const [coordinator, next] = organisation.workers.filter(
    (w) => w.teamId === team.id && !w.leftOn && w.profession !== 'Team manager',
  );
  const person = await admin.post<{ id: string }>('/admin/people', { name: `Casey ${tag}`, teamId: team.id });
  await admin.post(`/people/${person.id}/care-team`, { workerId: coordinator!.id, role: 'care_coordinator' });
  const carer = await admin.post<{ id: string }>('/admin/carers', {
    name: `Alex ${tag}`,
    personId: person.id,
    relationship: 'Brother',
    sharedScopes: ['care_team', 'contacts', 'care_plan'],
    onBehalfReason: 'Casey agreed at their first meeting',
  });
  const suffix = Date.now().toString(36);
  const accounts = {
    person: `casey-${tag}-${suffix}`,
    carer: `alex-${tag}-${suffix}`,
    coordinator: `coord-${tag}-${suffix}`,
  };
  await admin.post('/admin/accounts', {
    username: accounts.person,
    password: PASSWORD,
    role: 'service_user',
    linkedId: person.id,
  });
  await admin.post('/admin/accounts', {
    username: accounts.carer,
    password: PASSWORD,
    role: 'carer',
    linkedId: carer.id,
  });
  await admin.post('/admin/accounts', {
    username: accounts.coordinator,
    password: PASSWORD,
    role: 'worker',
    linkedId: coordinator!.id,
  });
  return { personId: person.id, carerId: carer.id, accounts, coordinator: coordinator!, next: next! };
}

describe('carers and handovers journeys', () => {
  it('the person withdraws a carer’s care-plan scope at phone size, and the carer’s next request is refused', async () => {
    const world = await newPersonWithCarer('consent');
    const carerView = await newPage(browser, 'phone');
    await signInWith(carerView.page, world.accounts.carer);
    await carerView.page.goto(`/people/${world.personId}/care-plan`);
    await carerView.page.getByRole('heading', { level: 1 }).first().waitFor();
    const planUrl = `${baseUrl()}/api/v1/people/${world.personId}/care-plan`;
    expect((await carerView.page.request.get(planUrl)).status()).toBe(200);

    const { context, page } = await newPage(browser, 'phone');
    await signInWith(page, world.accounts.person);
    const section = page.getByRole('region', { name: 'What your carers can see' });
    await section.getByRole('checkbox', { name: 'My care plan' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'carer-sharing-phone-before');
    await section.getByRole('checkbox', { name: 'My care plan' }).uncheck();
    await section.getByRole('button', { name: /Save what Alex consent can see/ }).click();
    await section.getByText(/Saved\. Alex consent sees only what is ticked/).waitFor();
    await section.getByText('Every change of what your carers can see').click();
    await section.getByText(/stopped sharing my care plan with Alex consent\. You chose this\./).waitFor();
    await section
      .getByText(/Recorded by .* for you: “Casey agreed at their first meeting”/)
      .first()
      .waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'carer-sharing-phone-after');
    await context.close();

    // The carer, still signed in, is refused on their very next request.
    expect((await carerView.page.request.get(planUrl)).status()).toBe(403);
    await carerView.page.goto(`/people/${world.personId}`);
    await carerView.page.getByText(/Not shared with you: .*their care plan/).waitFor();
    expect(await carerView.page.getByRole('link', { name: /care plan/ }).count()).toBe(0);
    await expectNoAxeViolations(carerView.page);
    await screenshot(carerView.page, 'carer-view-phone-after');
    await carerView.context.close();
  });

  it('a planned handover: the person adds to the note, the joint meeting is recorded, and the coordinator changes', async () => {
    const world = await newPersonWithCarer('handover');
    const coordinatorView = await newPage(browser, 'desktop');
    await signInWith(coordinatorView.page, world.accounts.coordinator);
    const page = coordinatorView.page;
    await page.goto(`/people/${world.personId}`);
    const section = page.getByRole('region', { name: 'Planned handovers' });
    await section.getByLabel('New care coordinator').selectOption(world.next.id);
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await section.getByLabel('Handover day').fill(inAWeek);
    await section.getByLabel('Reason').selectOption('worker_changed_team');
    await section.getByLabel(/Handover note/).fill('Casey likes morning visits and a text first.');
    await section.getByRole('button', { name: 'Plan the handover' }).click();
    await section.getByRole('heading', { name: new RegExp(`Planned: .* to ${world.next.name}`) }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'handover-planned-desktop');

    const personView = await newPage(browser, 'phone');
    await signInWith(personView.page, world.accounts.person);
    await personView.page.getByText('Your care coordinator is changing.').waitFor();
    const mine = personView.page.getByRole('region', { name: 'Changes to your care coordinator' });
    await mine.getByText('Casey likes morning visits and a text first.').waitFor();
    await mine.getByLabel('What I want my new worker to know').fill('Please do not call before ten. I like to walk.');
    await mine.getByRole('button', { name: 'Save what I want them to know' }).click();
    await mine.getByText(/Saved\. .* will read this when they take over\./).waitFor();
    await expectNoAxeViolations(personView.page);
    await screenshot(personView.page, 'handover-person-phone');
    await personView.context.close();

    await page.reload();
    await section.getByText('Please do not call before ten. I like to walk.').waitFor();
    await section.getByLabel('Joint meeting with both workers').selectOption('held');
    await section.getByRole('button', { name: 'Record the joint meeting' }).click();
    await section.getByText('Joint meeting recorded.').waitFor();
    await section
      .getByText(/Held with both workers/)
      .first()
      .waitFor();
    await section.getByRole('button', { name: 'Complete the handover now' }).click();
    // The coordinator has handed over: the record is no longer theirs to open.
    await page.getByRole('heading', { name: /not in this person’s care team/ }).waitFor();
    await coordinatorView.context.close();

    const admin = await apiAs('demo-admin');
    const after = await admin.get<PersonHandoversResponse>(`/people/${world.personId}/handovers`);
    expect(after.handovers[0]).toMatchObject({
      status: 'completed',
      jointMeeting: 'held',
      personNote: 'Please do not call before ten. I like to walk.',
    });
  });
});
