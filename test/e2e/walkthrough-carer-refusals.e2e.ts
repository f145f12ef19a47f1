import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './support/api';
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
    const { people } = await (await apiAs('demo-carer')).get<CaredForShape>('/cared-for');
    const person = people[0]!;
    expect(person.sharedScopes).not.toContain('messages');
    const { context, page } = await newPage(browser, 'phone');
    await signIn(page, 'demo-carer');
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
