import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './support/api';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot } from './support/browser';
import type { OrganisationResponse } from './support/types';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const PASSWORD = 'safety plan journey password';

/** A person of this journey's own, with a sign-in account, so no other journey's plan is touched. */
async function newPersonWithAccount(name: string): Promise<{ personId: string; username: string }> {
  const admin = await apiAs('demo-admin');
  const organisation = await admin.get<OrganisationResponse>('/admin/organisation');
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const person = await admin.post<{ id: string }>('/admin/people', {
    name: `${name} ${stamp}`,
    preferredName: name,
    teamId: organisation.teams[0]!.id,
  });
  const username = `safety-${stamp}`;
  await admin.post('/admin/accounts', { username, password: PASSWORD, role: 'service_user', linkedId: person.id });
  return { personId: person.id, username };
}

async function signInWith(page: import('playwright-core').Page, username: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

const WARNING_SIGNS = 'I stop answering my phone and stay in bed past noon.';
const PROFESSIONALS = 'Crisis team, day and night: 0300 123 4567. Samaritans: 116 123.';

describe('safety plan journeys', () => {
  it('the person writes their plan on a phone, goes offline, reloads, and still reads it', async () => {
    const { username } = await newPersonWithAccount('Rowan');
    const { context, page } = await newPage(browser, 'phone');
    await signInWith(page, username);
    await page.getByRole('link', { name: 'My safety plan' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
    await page.getByText('kept on this device').first().waitFor();

    for (const [title, text] of [
      ['My warning signs', WARNING_SIGNS],
      ['Professionals and services to contact', PROFESSIONALS],
    ] as const) {
      const section = page.getByRole('region', { name: title });
      await section.getByRole('button', { name: `Edit ${title}` }).click();
      await section.getByRole('textbox', { name: title, exact: true }).fill(text);
      await section.getByRole('button', { name: 'Save' }).click();
      await section.getByText(`“${title}” saved.`).waitFor();
    }
    const call = page.getByRole('link', { name: 'Call 0300 123 4567' });
    expect(await call.getAttribute('href')).toBe('tel:03001234567');
    await expectNoAxeViolations(page);
    await screenshot(page, 'safety-plan-phone');

    // The service worker controls the page and holds the copy; then the network goes.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.getByRole('region', { name: 'My warning signs' }).getByText(WARNING_SIGNS).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
    await page.getByText('You are offline').waitFor();
    await page.getByText(WARNING_SIGNS).waitFor();
    expect(await page.getByRole('link', { name: '116 123', exact: true }).getAttribute('href')).toBe('tel:116123');
    expect(await page.getByRole('link', { name: 'Call 116 123' }).getAttribute('href')).toBe('tel:116123');
    await expectNoAxeViolations(page);
    await screenshot(page, 'safety-plan-offline-phone');

    // Back online, signing out removes the copy from the device.
    await context.setOffline(false);
    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Username').waitFor();
    const cached = await page.evaluate(async () => (await caches.keys()).includes('tandem-safety-plan'));
    expect(cached).toBe(false);
    await context.close();
  });

  it('the person shares a link; it opens without an account, is revoked and gives 410, and the opening is in “who opened my record”', async () => {
    const { username } = await newPersonWithAccount('Kit');
    const { context, page } = await newPage(browser, 'desktop');
    await signInWith(page, username);
    await page.goto('/my-safety-plan');
    const signs = page.getByRole('region', { name: 'My warning signs' });
    await signs.getByRole('button', { name: 'Edit My warning signs' }).click();
    await signs.getByRole('textbox', { name: 'My warning signs', exact: true }).fill(WARNING_SIGNS);
    await signs.getByRole('button', { name: 'Save' }).click();
    await signs.getByText('“My warning signs” saved.').waitFor();

    const share = page.getByRole('region', { name: 'Share your safety plan' });
    await share.getByLabel('Who it is for').fill('A&E');
    await share.getByRole('button', { name: 'Make a link' }).click();
    const url = await share.getByLabel('The link', { exact: true }).inputValue();
    expect(url).toMatch(/\/shared\/[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{43}$/);
    await share.getByRole('img', { name: 'QR code of the link for A&E' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'safety-plan-share-desktop');

    const stranger = await newPage(browser, 'phone');
    await stranger.page.goto(url);
    await stranger.page.getByRole('heading', { level: 1, name: 'Kit’s safety plan' }).waitFor();
    await stranger.page.getByText(WARNING_SIGNS).waitFor();
    await expectNoAxeViolations(stranger.page);
    await screenshot(stranger.page, 'safety-plan-shared-phone');

    await page.reload();
    await page
      .getByRole('region', { name: 'Share your safety plan' })
      .getByRole('button', { name: 'Turn off the link for A&E' })
      .click();
    await page.getByText('A&E: Turned off').waitFor();

    const answer = stranger.page.waitForResponse((response) => response.url().includes('/api/v1/shared/'));
    await stranger.page.reload();
    expect((await answer).status()).toBe(410);
    await stranger.page.getByRole('heading', { level: 1, name: 'This link no longer works' }).waitFor();
    expect(await stranger.page.getByText(WARNING_SIGNS).count()).toBe(0);
    await expectNoAxeViolations(stranger.page);
    await stranger.context.close();

    await page.goto('/my-page');
    const log = page.getByRole('region', { name: 'Who opened your record' });
    await log.getByText('Someone with your link “A&E”').first().waitFor();
    await context.close();
  });
});
