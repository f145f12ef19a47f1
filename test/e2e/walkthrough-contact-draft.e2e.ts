import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, NEW_ACCOUNT_PASSWORD, newAccount } from './support/api';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn } from './support/browser';
import type { MeResponseShape } from './support/types';

// A care coordinator on a tablet writes up a contact during a meeting; the page is reloaded before
// they save. What they wrote must still be there, and saved once however often Save is pressed.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

interface ContactsShape {
  contacts: { note: string | null }[];
}

describe('a contact being written when the page reloads', () => {
  it('keeps the note on the device, saves it once on a double click, and then forgets the draft', async () => {
    const { me: person } = await (await apiAs('demo-person')).get<MeResponseShape>('/me');
    const personId = person.personId!;
    const { me: coordinator } = await (await apiAs('demo-worker')).get<MeResponseShape>('/me');
    const username = await newAccount('walk-contact', 'worker', coordinator.workerId);
    const note = `Walked to the library together and asked about volunteering 📚 (${Date.now()})`;

    const { context, page } = await newPage(browser, 'tabletLandscape');
    await signIn(page, username, NEW_ACCOUNT_PASSWORD);
    await page.goto(`/people/${personId}`);
    const form = page.getByRole('form', { name: /^Record a contact with/ });
    await form.getByLabel('Minutes', { exact: true }).fill('45');
    await form.getByText('Out in the community', { exact: true }).click();
    await form.getByLabel(/^Note/).fill(note);

    await page.reload();
    await expect.poll(() => form.getByLabel(/^Note/).inputValue()).toBe(note);
    expect(await form.getByLabel('Minutes', { exact: true }).inputValue()).toBe('45');
    expect(await form.getByRole('radio', { name: 'Out in the community' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page);
    await screenshot(page, 'walkthrough-contact-draft-tablet');

    await form.getByRole('button', { name: 'Save contact' }).dblclick();
    await form.getByText(/saved/).first().waitFor();
    const worker = await apiAs(username, NEW_ACCOUNT_PASSWORD);
    const { contacts } = await worker.get<ContactsShape>(`/people/${personId}/contacts`);
    expect(contacts.filter((c) => c.note === note)).toHaveLength(1);

    await page.reload();
    await form.waitFor();
    expect(await form.getByLabel(/^Note/).inputValue()).toBe('');
    await context.close();
  });
});
