import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, NEW_ACCOUNT_PASSWORD, newAccount } from './support/api';
import { baseUrl, expectNoAxeViolations, launchBrowser, screenshot, signIn } from './support/browser';
import type { OrganisationResponse } from './support/types';

// A person who writes in Arabic, on their phone: what they write reads right to left when it is shown
// back, with the full stop at the end of the sentence (on the left), not stranded on the right.

const PHONE = { width: 360, height: 740 };
const ARABIC = 'أشعر بتحسن اليوم، شكراً لكم 😊.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Where, across the screen, the first letter and the closing full stop of a shown text are drawn. */
async function edges(text: Locator): Promise<{ firstLetter: number; fullStop: number }> {
  return text.evaluate((element) => {
    const node = element.firstChild!;
    const at = (offset: number) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect().left;
    };
    const length = node.textContent!.length;
    return { firstLetter: at(0), fullStop: at(length - 1) };
  });
}

describe('a person writing in Arabic on their phone', () => {
  it('sees their message to the care team shown right to left, as they typed it', async () => {
    const { people } = await (await apiAs('demo-admin')).get<OrganisationResponse>('/admin/organisation');
    const person = people.at(-1)!;
    const username = await newAccount('walk-rtl', 'service_user', person.id);

    const context = await browser.newContext({ viewport: PHONE, baseURL: baseUrl(), locale: 'ar' });
    const page = await context.newPage();
    await signIn(page, username, NEW_ACCOUNT_PASSWORD);
    await page.goto(`/people/${person.id}/messages`);
    const field = page.getByLabel('Your message to your care team');
    await field.fill(ARABIC);
    await page.getByRole('button', { name: /^Send/ }).click();
    const shown = page.getByRole('listitem').locator('p').filter({ hasText: ARABIC });
    await shown.waitFor();
    const { firstLetter, fullStop } = await edges(shown);
    expect(fullStop).toBeLessThan(firstLetter);
    // While typing, each line of the field takes its direction from its own words too.
    await field.fill(`${ARABIC}\nA line in English.`);
    expect(await field.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe('plaintext');
    await expectNoAxeViolations(page);
    await screenshot(page, 'walkthrough-right-to-left-message-phone');
    await context.close();
  });
});
