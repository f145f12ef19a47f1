import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { CaseloadResponse, MeResponseShape, OrganisationResponse } from './support/types';
import { apiAs } from './support/api';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** demo-person's id and another person's, found through the API as demo-worker. */
async function demoPeople(): Promise<{ demoPersonId: string; otherPersonId: string }> {
  const person = await apiAs('demo-person');
  const { me } = await person.get<MeResponseShape>('/me');
  const worker = await apiAs('demo-worker');
  const { people } = await worker.get<CaseloadResponse>('/caseload');
  const other = people.find((p) => p.personId !== me.personId);
  return { demoPersonId: me.personId!, otherPersonId: other!.personId };
}

describe('foundation journeys', () => {
  it('a worker signs in, sees their caseload, and records a contact that then shows on the person’s page', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, 'demo-worker');
      await page.getByRole('heading', { name: 'My caseload' }).waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, `caseload-${viewport}`);

      await page
        .getByRole('link', { name: /Jordan Meadows/ })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: /Jordan Meadows|Jo/ }).waitFor();
      await expectNoAxeViolations(page);
      const note = `Walked to the library together (${viewport})`;
      const form = page.getByRole('form', { name: /Record a contact/ });
      await form.getByRole('button', { name: '30 min' }).click();
      await form.getByRole('group', { name: 'Where or how' }).getByText('Out in the community').click();
      await form.getByRole('group', { name: 'What kind' }).getByText('Meeting', { exact: true }).click();
      await form.getByLabel(/Went beyond routine/).fill(note);
      await form.getByRole('button', { name: 'Save contact' }).click();
      await page.getByText(note).first().waitFor();
      await screenshot(page, `person-after-contact-${viewport}`);

      await page.reload();
      await page.getByText(note).first().waitFor();
      await context.close();
    }
  });

  it('a service user sees their care team, and a 403 page for someone else’s record', async () => {
    const { otherPersonId } = await demoPeople();
    const { context, page } = await newPage(browser, 'phone');
    await signIn(page, 'demo-person');
    await page.getByRole('heading', { name: 'Your care team' }).waitFor();
    await page.getByRole('region', { name: 'Your care team' }).getByText('Robin Fairley').first().waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'my-page-phone');

    await page.goto(`/people/${otherPersonId}`);
    await page.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'forbidden-phone');
    await context.close();
  });

  it('a worker outside the care team breaks glass with a reason, and the person sees it in “Who opened your record”', async () => {
    const { demoPersonId } = await demoPeople();
    const admin = await apiAs('demo-admin');
    const organisation = await admin.get<OrganisationResponse>('/admin/organisation');
    const demoPerson = organisation.people.find((p) => p.id === demoPersonId)!;
    const outsider = organisation.workers.find((w) => w.teamId !== demoPerson.teamId && !w.leftOn)!;
    const username = `duty-${Date.now()}`;
    await admin.post('/admin/accounts', {
      username,
      password: 'duty worker password',
      role: 'worker',
      linkedId: outsider.id,
    });

    const { context, page } = await newPage(browser, 'desktop');
    await page.goto('/');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill('duty worker password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.goto(`/people/${demoPersonId}`);
    await page.getByRole('heading', { name: 'You are not in this person’s care team' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'break-glass-desktop');
    const reason = 'Duty worker: Jo rang the crisis line tonight';
    await page.getByLabel('Why do you need to open this record?').fill(reason);
    await page.getByRole('button', { name: 'Open the record and record my reason' }).click();
    await page.getByRole('heading', { level: 1, name: /Jordan Meadows|Jo/ }).waitFor();
    await context.close();

    const personView = await newPage(browser, 'desktop');
    await signIn(personView.page, 'demo-person');
    const log = personView.page.getByRole('region', { name: 'Who opened your record' });
    await log.getByText(reason).first().waitFor();
    await log.getByText(outsider.name).first().waitFor();
    await expectNoAxeViolations(personView.page);
    await screenshot(personView.page, 'who-opened-my-record-desktop');
    await personView.context.close();
  });
});
