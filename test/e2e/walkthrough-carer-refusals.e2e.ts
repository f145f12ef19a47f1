import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationResponse } from '../../src/shared/api/organisation.responses';
import { apiAs, NEW_ACCOUNT_PASSWORD, newAccount } from './support/api';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn } from './support/browser';

// A carer tries, by address, the parts of the person's record the person has not shared with them.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

interface CaredForShape {
  people: { personId: string; sharedScopes: string[] }[];
}

describe('a carer opening what is not shared with them', () => {
  it('is told plainly on the messages page, under a whole heading, and offered nothing to send', async () => {
    // An account of its own for the demo carer: another journey resets demo-carer's password.
    const organisation = await (await apiAs('demo-admin')).get<OrganisationResponse>('/admin/organisation');
    const carerId = organisation.accounts.find((account) => account.username === 'demo-carer')!.carerId!;
    const username = await newAccount('walk-carer', 'carer', carerId);
    const { people } = await (await apiAs(username, NEW_ACCOUNT_PASSWORD)).get<CaredForShape>('/cared-for');
    const person = people[0]!;
    expect(person.sharedScopes).not.toContain('messages');
    const { context, page } = await newPage(browser, 'phone');
    await signIn(page, username, NEW_ACCOUNT_PASSWORD);
    await page.goto(`/people/${person.personId}/messages`);
    await page.getByText('You do not have access to this part of this person’s record.').waitFor();
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    expect(heading.trim()).not.toMatch(/:$/);
    expect(await page.locator('main').innerText()).not.toContain('Messages go to the whole care team');
    expect(await page.getByRole('textbox').count()).toBe(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'walkthrough-carer-messages-refused-phone');
    await context.close();
  });
});
