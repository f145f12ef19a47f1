import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstrumentOffersResponse } from '../../src/shared/api/instruments.responses';
import type { OrganisationResponse } from '../../src/shared/api/organisation.responses';
import { importedDefinition, importedQuestionnaire } from '../support/imported-questionnaire';
import { apiAs } from './support/api';
import { join } from 'node:path';
import { expectNoAxeViolations, launchBrowser, newPage, SCREENSHOTS, screenshot, signIn } from './support/browser';

// Its own person, coordinator account and imported questionnaire, so it changes nothing other journeys rely on.

const PASSWORD = 'imported questionnaire journey password';
const INSTRUMENT = 'week-check-journey';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** The service's questionnaire imported over FHIR, and a new person with a coordinator, each with an account. */
async function world(definition = importedDefinition({ id: INSTRUMENT })) {
  const admin = await apiAs('demo-admin');
  await admin.fhirPost('/Questionnaire', importedQuestionnaire(definition));
  // Importing offers nothing: the administrator turns it on for people (ADR 0053).
  const { offers } = await admin.get<InstrumentOffersResponse>('/admin/instruments/offers');
  const offer = offers.find((o) => o.instrumentId === definition.id);
  if (!offer?.offered)
    await admin.put(`/admin/instruments/${definition.id}/offer`, { offered: true, revision: offer?.revision ?? 0 });
  const organisation = await admin.get<OrganisationResponse>('/admin/organisation');
  const team = organisation.teams[0]!;
  const coordinator = organisation.workers.find(
    (w) => w.teamId === team.id && !w.leftOn && w.profession !== 'Team manager',
  )!;
  const person = await admin.post<{ id: string }>('/admin/people', { name: 'Sam Weekly', teamId: team.id });
  await admin.post(`/people/${person.id}/care-team`, { workerId: coordinator.id, role: 'care_coordinator' });
  const suffix = Date.now().toString(36);
  const accounts = { person: `sam-week-${suffix}`, coordinator: `coord-week-${suffix}` };
  for (const [username, role, linkedId] of [
    [accounts.person, 'service_user', person.id],
    [accounts.coordinator, 'worker', coordinator.id],
  ] as const)
    await admin.post('/admin/accounts', { username, password: PASSWORD, role, linkedId });
  return { personId: person.id, accounts };
}

describe('a questionnaire the service imported', () => {
  it(
    'the coordinator asks for it, the person answers it at phone size and both see the score',
    { timeout: 180_000 },
    async () => {
      const { personId, accounts } = await world();

      const desk = await newPage(browser, 'desktop');
      await signIn(desk.page, accounts.coordinator, PASSWORD);
      await desk.page.goto(`/people/${personId}`);
      await desk.page.getByText('Ask for a questionnaire regularly').click();
      await desk.page.getByLabel('Questionnaire', { exact: true }).selectOption({ label: 'Week check' });
      await desk.page.getByLabel('How often, in days').fill('28');
      await desk.page.getByRole('button', { name: 'Ask for it' }).click();
      await desk.page.getByText('Saved. It is waiting on their page.').waitFor();

      const phone = await newPage(browser, 'phone');
      await signIn(phone.page, accounts.person, PASSWORD);
      await phone.page.goto('/my-page');
      await phone.page.getByRole('link', { name: 'Fill in Week check' }).click();
      await phone.page.getByRole('heading', { level: 1, name: 'Week check' }).waitFor();
      const question = (name: string) => phone.page.getByRole('group', { name, exact: true });
      // Points run 0–3, one label each.
      await question('1. I felt calm').locator('label').nth(3).click();
      await question('2. I went out and about').locator('label').nth(2).click();
      await question('3. I felt worried').locator('label').nth(1).click();
      await phone.page.getByLabel('4. Hours I slept most nights').fill('7');

      // The yes/no question must be answered: sending without it is refused, naming it, and nothing is sent.
      await phone.page.getByText('4 of 5 answered. Your answers so far are saved.').waitFor();
      await phone.page.getByRole('button', { name: 'Send my answers' }).click();
      await phone.page.getByText(/I would like to talk about this with my worker\) needs an answer/).waitFor();
      await question('5. I would like to talk about this with my worker (needs an answer)')
        .locator('label', { hasText: 'Yes' })
        .click();
      await phone.page.getByText('5 of 5 answered. Your answers so far are saved.').waitFor();
      await expectNoAxeViolations(phone.page);
      await screenshot(phone.page, 'imported-questionnaire-phone');
      await phone.page.getByRole('button', { name: 'Send my answers' }).click();
      await phone.page.getByRole('heading', { name: 'Thank you' }).waitFor();

      // calm 3 + out 2 + worried reversed (3 − 1 = 2) = 7 of 9, by the imported score rule.
      await phone.page.getByRole('link', { name: 'Back to My page' }).click();
      await phone.page
        .getByText(/Your latest score is 7 out of 9/)
        .first()
        .waitFor();
      await expectNoAxeViolations(phone.page);
      await screenshot(phone.page, 'imported-questionnaire-score-phone');
      await phone.context.close();

      await desk.page.reload();
      await desk.page
        .getByText(/Their latest score is 7 out of 9/)
        .first()
        .waitFor();
      expect(await desk.page.getByRole('heading', { name: 'Week check: scores' }).count()).toBe(1);
      await expectNoAxeViolations(desk.page);
      await desk.context.close();
    },
  );

  it('shows answers to a questionnaire without a score as they were given, to the person and the care team', async () => {
    const { personId, accounts } = await world(importedDefinition({ id: 'week-plain-journey', scored: false }));
    const base = `/people/${personId}/questionnaires`;
    await (await apiAs(accounts.coordinator, PASSWORD)).put(`${base}/schedules/week-plain-journey`, { everyDays: 28 });
    const asPerson = await apiAs(accounts.person, PASSWORD);
    const { open } = await asPerson.get<{ open: { id: string }[] }>(base);
    await asPerson.post(`${base}/${open[0]!.id}/responses`, {
      revision: 0,
      answers: [
        { itemId: 'calm', value: 3 },
        { itemId: 'sleep', value: 6 },
        { itemId: 'talk', value: false },
      ],
    });

    const phone = await newPage(browser, 'phone');
    await signIn(phone.page, accounts.person, PASSWORD);
    await phone.page.goto('/my-page');
    await phone.page.getByRole('heading', { name: 'Your answers to Week check' }).waitFor();
    await phone.page
      .getByText('This questionnaire has no score, so your answers are shown as they were given.')
      .waitFor();
    await phone.page.getByText(/^Sent on /).click();
    await phone.page.getByText('3: Most days').waitFor();
    await expectNoAxeViolations(phone.page);
    await phone.page
      .locator('section[aria-labelledby="questionnaires-heading"]')
      .screenshot({ path: join(SCREENSHOTS, 'imported-questionnaire-unscored-phone.png') });
    await phone.context.close();

    const desk = await newPage(browser, 'desktop');
    await signIn(desk.page, accounts.coordinator, PASSWORD);
    await desk.page.goto(`/people/${personId}`);
    await desk.page.getByRole('heading', { name: 'Week check: answers' }).waitFor();
    expect(await desk.page.getByRole('heading', { name: 'Week check: scores' }).count()).toBe(0);
    await expectNoAxeViolations(desk.page);
    await desk.context.close();
  });

  it('shows the administrator whether each imported questionnaire is offered to people, with its switch', async () => {
    await world({ ...importedDefinition({ id: 'week-offer-journey' }), title: 'Offer check' });
    for (const size of ['desktop', 'phone'] as const) {
      const { page, context } = await newPage(browser, size);
      await signIn(page, 'demo-admin');
      await page.goto('/admin');
      const row = page
        .getByRole('table', { name: 'Imported questionnaires' })
        .getByRole('row')
        .filter({ hasText: 'Offer check' });
      await row.getByText('Yes', { exact: true }).waitFor();
      await row.getByRole('button', { name: 'Stop offering Offer check' }).waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, `instrument-offers-${size}`);
      await context.close();
    }
  });
});
