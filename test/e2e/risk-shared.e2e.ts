import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationResponse } from '../../src/shared/api/organisation.responses';
import { apiAs } from './support/api';
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn } from './support/browser';

// Risk talked about together, seen from the caseload, the dashboard, the positive risk-taking plan,
// a crisis, and a carer the person chose to share their safety plan with. Each journey that writes
// makes its own person and accounts, so it changes nothing other journeys rely on.

const PASSWORD = 'risk journey password';

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

/** A new person in the demo team with a care coordinator and a carer who sees nothing yet, and an account for each. */
async function newPerson(tag: string) {
  const admin = await apiAs('demo-admin');
  const organisation = await admin.get<OrganisationResponse>('/admin/organisation');
  const team = organisation.teams[0]!;
  const coordinator = organisation.workers.find(
    (w) => w.teamId === team.id && !w.leftOn && w.profession !== 'Team manager',
  )!;
  const outsider = organisation.workers.find((w) => w.teamId !== team.id && !w.leftOn)!;
  const name = `Rowan ${tag}`;
  const person = await admin.post<{ id: string }>('/admin/people', { name, teamId: team.id });
  await admin.post(`/people/${person.id}/care-team`, { workerId: coordinator.id, role: 'care_coordinator' });
  const carer = await admin.post<{ id: string }>('/admin/carers', {
    name: `Sky ${tag}`,
    personId: person.id,
    relationship: 'Sister',
    sharedScopes: ['care_team'],
    onBehalfReason: 'Rowan agreed at their first meeting',
  });
  const suffix = `${tag}-${Date.now().toString(36)}`;
  const accounts = {
    person: `rowan-${suffix}`,
    carer: `sky-${suffix}`,
    coordinator: `coord-${suffix}`,
    outsider: `duty-${suffix}`,
  };
  const links: [string, string, string][] = [
    [accounts.person, 'service_user', person.id],
    [accounts.carer, 'carer', carer.id],
    [accounts.coordinator, 'worker', coordinator.id],
    [accounts.outsider, 'worker', outsider.id],
  ];
  for (const [username, role, linkedId] of links)
    await admin.post('/admin/accounts', { username, password: PASSWORD, role, linkedId });
  return { personId: person.id, name, carerName: `Sky ${tag}`, accounts };
}

/** Signs in through the API with a journey account (not the steps the journey checks). */
const apiWith = (username: string) => apiAs(username, PASSWORD);

describe('risk talked about together', () => {
  it('the caseload marks people whose formulation was not discussed in 12 months and can show only them; the dashboard counts them', async () => {
    const { context, page } = await newPage(browser, 'phone');
    await signIn(page, 'demo-worker');
    const marks = page.getByText('Risk not discussed in 12 months');
    await marks.first().waitFor();
    const filter = page.getByRole('checkbox', { name: /whose risk formulation has not been discussed/ });
    const label = (await filter.locator('xpath=..').innerText()).trim();
    const due = Number(/the (\d+) people/.exec(label)?.[1] ?? (label.includes('the person') ? 1 : NaN));
    expect(due).toBeGreaterThan(0);
    expect(await marks.count()).toBe(due);
    await filter.check();
    await page
      .getByText(new RegExp(`^${due === 1 ? '1 person' : `${due} people`} shown of \\d+ in your care$`))
      .waitFor();
    expect(await page.locator('tbody tr').count()).toBe(due);
    await expectNoAxeViolations(page);
    await screenshot(page, 'caseload-risk-filter-phone');
    await context.close();

    const manager = await newPage(browser, 'desktop');
    await signIn(manager.page, 'demo-manager');
    await manager.page.goto('/dashboard');
    const card = manager.page.getByRole('region', { name: 'Risk talked through with the person' });
    await card.getByRole('figure', { name: /^Share of risk formulations discussed with the person/ }).waitFor();
    const table = manager.page.getByRole('table', { name: 'Risk formulations discussed with the person, by team' });
    await table.getByRole('columnheader', { name: 'Days since last discussed (median)' }).waitFor();
    await manager.page.getByText(/risk formulations were discussed with the person in the last 12 months/).waitFor();
    await expectNoAxeViolations(manager.page);
    await screenshot(manager.page, 'dashboard-risk-desktop');
    await manager.context.close();
  });

  it('a positive risk-taking plan: the person writes at phone size, the worker adds and sets the review date, both sign', async () => {
    const world = await newPerson('plan');
    const person = await newPage(browser, 'phone');
    await signInWith(person.page, world.accounts.person);
    await person.page.goto(`/people/${world.personId}/positive-risk-plan`);
    await person.page.getByRole('heading', { level: 1, name: 'Your positive risk-taking plan' }).waitFor();
    await person.page.getByText('Write the plan first').waitFor();
    await person.page.getByRole('button', { name: 'Edit What I want to do' }).click();
    const mine = person.page.getByRole('form', { name: 'Edit What I want to do' });
    await mine.getByLabel('What I want to do').fill('Go to the football on my own on Saturday.');
    await mine.getByRole('button', { name: 'Save' }).click();
    await person.page
      .getByRole('region', { name: 'What I want to do' })
      .getByText('“What I want to do” saved.')
      .waitFor();
    await expectNoAxeViolations(person.page);
    await screenshot(person.page, 'positive-risk-plan-person-phone');

    const worker = await newPage(browser, 'desktop');
    await signInWith(worker.page, world.accounts.coordinator);
    await worker.page.goto(`/people/${world.personId}/positive-risk-plan`);
    await worker.page.getByRole('heading', { level: 1, name: `Positive risk-taking plan for ${world.name}` }).waitFor();
    const wrong = worker.page.getByRole('region', { name: 'What could go wrong' });
    await wrong.getByRole('button', { name: 'Edit What could go wrong' }).click();
    await wrong.getByRole('textbox', { name: 'What could go wrong', exact: true }).fill('Crowds at the ground.');
    await wrong.getByRole('button', { name: 'Save' }).click();
    await wrong.getByText('“What could go wrong” saved.').waitFor();
    const review = worker.page.getByRole('region', { name: 'When we look at it again' });
    await review.getByText('No review date yet.').waitFor();
    const inSixWeeks = new Date(Date.now() + 42 * 86_400_000).toISOString().slice(0, 10);
    await review.getByLabel('Review date').fill(inSixWeeks);
    await review.getByRole('button', { name: 'Save the review date' }).click();
    await review.locator(`time[datetime="${inSixWeeks}"]`).waitFor();
    await expectNoAxeViolations(worker.page);
    await screenshot(worker.page, 'positive-risk-plan-worker-desktop');

    // The person opened the page before the date was set: their change is refused, not saved over it.
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const theirs = person.page.getByRole('region', { name: 'When we look at it again' });
    await theirs.getByLabel('Review date').fill(inTwoWeeks);
    await theirs.getByRole('button', { name: 'Save the review date' }).click();
    await theirs.getByText(/changed the review date after you opened the plan/).waitFor();
    await theirs.locator(`time[datetime="${inSixWeeks}"]`).waitFor();

    await person.page.reload();
    await person.page.getByRole('button', { name: 'Sign this version' }).click();
    await person.page.getByText('You have signed this version.').waitFor();
    await worker.page.reload();
    await worker.page.getByRole('button', { name: 'Sign this version' }).click();
    await worker.page.getByText(/Agreed: both sides have signed this version/).waitFor();
    await expectNoAxeViolations(worker.page);
    await person.page.reload();
    await person.page.getByText(/Agreed: both sides have signed this version/).waitFor();
    await expectNoAxeViolations(person.page);
    await person.context.close();
    await worker.context.close();
  });

  it('after a crisis contact, and after breaking glass, the safety plan and crisis preferences come first on the record', async () => {
    const world = await newPerson('crisis');
    const asPerson = await apiWith(world.accounts.person);
    await asPerson.put(`/people/${world.personId}/safety-plan/sections/crisis_preferences`, {
      text: 'Ring my sister Sky first. Please do not call the police unless you must.',
      baseVersion: 0,
    });
    await asPerson.put(`/people/${world.personId}/safety-plan/sections/warning_signs`, {
      text: 'I stop sleeping and stop eating.',
      baseVersion: 1,
    });
    const asCoordinator = await apiWith(world.accounts.coordinator);
    await asCoordinator.post(`/people/${world.personId}/contacts`, {
      durationMinutes: 20,
      mode: 'phone',
      kind: 'crisis',
      note: 'Rowan rang in distress.',
    });

    const firstRegion = (page: Page) =>
      page.evaluate(() => {
        const main = document.querySelector('main');
        const heading = main?.querySelector('section h2, section h3');
        return heading?.textContent ?? null;
      });
    const firstSectionOfPlan = (page: Page) =>
      page
        .getByRole('region', { name: `${world.name}’s safety plan` })
        .locator('section h2')
        .first()
        .innerText();

    const coordinator = await newPage(browser, 'desktop');
    await signInWith(coordinator.page, world.accounts.coordinator);
    await coordinator.page.goto(`/people/${world.personId}`);
    await coordinator.page.getByText('Ring my sister Sky first.', { exact: false }).waitFor();
    expect(await firstRegion(coordinator.page)).toBe(`${world.name}’s safety plan`);
    expect(await firstSectionOfPlan(coordinator.page)).toMatch(/crisis/i);
    await expectNoAxeViolations(coordinator.page);
    await screenshot(coordinator.page, 'crisis-first-desktop');
    await coordinator.context.close();

    const outsider = await newPage(browser, 'phone');
    await signInWith(outsider.page, world.accounts.outsider);
    await outsider.page.goto(`/people/${world.personId}`);
    await outsider.page
      .getByLabel('Why do you need to open this record?')
      .fill('Duty worker: Rowan rang the crisis line');
    await outsider.page.getByRole('button', { name: 'Open the record and record my reason' }).click();
    await outsider.page.getByText('Ring my sister Sky first.', { exact: false }).waitFor();
    expect(await firstRegion(outsider.page)).toBe(`${world.name}’s safety plan`);
    expect(await firstSectionOfPlan(outsider.page)).toMatch(/crisis/i);
    // Breaking glass reads the plan but never writes it.
    const write = await outsider.page.request.put(
      `${baseUrl()}/api/v1/people/${world.personId}/safety-plan/sections/warning_signs`,
      { data: { text: 'Changed by someone outside the team.', baseVersion: 2 } },
    );
    expect(write.status()).toBeGreaterThanOrEqual(400);
    expect(write.status()).toBeLessThan(500);
    await expectNoAxeViolations(outsider.page);
    await screenshot(outsider.page, 'break-glass-safety-plan-phone');
    await outsider.context.close();
  });

  it('the person gives a carer their safety plan at phone size, the carer reads it, and not after it is withdrawn', async () => {
    const world = await newPerson('carer');
    const asPerson = await apiWith(world.accounts.person);
    await asPerson.put(`/people/${world.personId}/safety-plan/sections/warning_signs`, {
      text: 'I stop answering the door.',
      baseVersion: 0,
    });
    const carer = await newPage(browser, 'phone');
    await signInWith(carer.page, world.accounts.carer);
    const planUrl = `${baseUrl()}/api/v1/people/${world.personId}/safety-plan`;
    expect((await carer.page.request.get(planUrl)).status()).toBe(403);

    const { context, page } = await newPage(browser, 'phone');
    await signInWith(page, world.accounts.person);
    const section = page.getByRole('region', { name: 'What your carers can see' });
    const scope = section.getByRole('checkbox', { name: 'My safety plan' });
    await scope.check();
    await section.getByRole('button', { name: `Save what ${world.carerName} can see` }).click();
    await section.getByText(new RegExp(`Saved\\. ${world.carerName} sees only what is ticked`)).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'carer-safety-plan-scope-phone');

    expect((await carer.page.request.get(planUrl)).status()).toBe(200);
    await carer.page.goto(`/people/${world.personId}/safety-plan`);
    await carer.page.getByText('I stop answering the door.').waitFor();
    await expectNoAxeViolations(carer.page);
    await screenshot(carer.page, 'carer-reads-safety-plan-phone');

    await scope.uncheck();
    await section.getByRole('button', { name: `Save what ${world.carerName} can see` }).click();
    await section.getByText(new RegExp(`Saved\\. ${world.carerName} sees only what is ticked`)).waitFor();
    expect((await carer.page.request.get(planUrl)).status()).toBe(403);
    await context.close();
    await carer.context.close();
  });
});
