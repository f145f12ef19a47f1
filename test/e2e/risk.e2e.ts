import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { apiAs } from './support/api';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn } from './support/browser';
import type { MeResponseShape } from './support/types';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const EARLY_SIGNS = `Jo goes quiet and stops answering the phone (${Date.now()}).`;

describe('risk formulation journey', () => {
  it('a worker proposes a change to the person’s own words and records the discussion; the person accepts it on a phone', async () => {
    const { me } = await (await apiAs('demo-person')).get<MeResponseShape>('/me');
    const personId = me.personId!;

    const worker = await newPage(browser, 'desktop');
    await signIn(worker.page, 'demo-worker');
    await worker.page.goto(`/people/${personId}`);
    await worker.page.getByRole('link', { name: /risk and safety formulation/ }).click();
    await worker.page.getByRole('heading', { level: 2, name: 'Agreement' }).waitFor();
    await worker.page.getByText('Why there is no risk score here').waitFor();
    const ownWords = worker.page.getByRole('region', { name: 'Early signs: what I think' });
    await ownWords.getByRole('button', { name: 'Edit Early signs: what I think' }).click();
    await ownWords.getByRole('textbox', { name: 'Early signs: what I think', exact: true }).fill(EARLY_SIGNS);
    await ownWords.getByRole('button', { name: /^Send to .+ to accept$/ }).click();
    await ownWords.getByText(/was sent to .+ to accept/).waitFor();

    const discussed = worker.page.getByRole('region', { name: /^Talked through with/ });
    await discussed.getByText('By phone', { exact: true }).click();
    await discussed.getByLabel(/response, in their words/).fill('I want my sister to know these signs too.');
    await discussed.getByRole('button', { name: 'Record the discussion' }).click();
    await discussed.getByText('I want my sister to know these signs too.').waitFor();
    await expectNoAxeViolations(worker.page);
    await screenshot(worker.page, 'risk-formulation-worker-desktop');

    const person = await newPage(browser, 'phone');
    await signIn(person.page, 'demo-person');
    await person.page.getByRole('link', { name: 'Your risk and safety formulation' }).first().click();
    await person.page.getByRole('heading', { level: 1, name: 'Your risk and safety formulation' }).waitFor();
    const proposals = person.page.getByRole('region', { name: 'Changes waiting for you' });
    const change = proposals.getByRole('article', { name: 'Change to “Early signs: what I think”' });
    await expectNoAxeViolations(person.page);
    await screenshot(person.page, 'risk-formulation-person-phone');
    await change.getByRole('button', { name: /^Accept/ }).click();
    await change.waitFor({ state: 'detached' });
    await person.page.getByRole('region', { name: 'Early signs: what I think' }).getByText(EARLY_SIGNS).waitFor();
    await expectNoAxeViolations(person.page);
  });
});
