import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './support/api';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('account journeys', () => {
  it('a worker sees where they are signed in and signs out another device', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const elsewhere = await apiAs('demo-worker');
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, 'demo-worker');
      await page.getByRole('link', { name: 'Your account' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
      const sessions = page.getByRole('table', { name: 'Where you are signed in' });
      await sessions.getByText('This device').waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, `account-${viewport}`);
      const others = sessions.getByRole('button', { name: /^Sign out/ });
      const before = await others.count();
      expect(before).toBeGreaterThan(0);
      await others.first().click();
      await expect.poll(() => others.count()).toBe(before - 1);
      await expect(elsewhere.get('/me')).rejects.toThrow(/401/);
      await context.close();
    }
  });

  it('an administrator resets a password, and the person must choose a new one when they sign in', async () => {
    const { context, page } = await newPage(browser, 'desktop');
    await signIn(page, 'demo-admin');
    await page.goto('/admin/accounts');
    await page.getByRole('table', { name: 'Sign-in accounts' }).waitFor();
    await expectNoAxeViolations(page);
    // Accounts come a page at a time: the one wanted is found by search.
    await page.getByRole('searchbox', { name: 'Find an account' }).fill('demo-carer');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    const table = page.getByRole('table', { name: 'Sign-in accounts matching “demo-carer”' });
    await table.getByRole('columnheader', { name: 'Last signed in' }).waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    await table.getByRole('button', { name: 'Reset password of demo-carer' }).click();
    const notice = page.getByText(/Temporary password for demo-carer/);
    await notice.waitFor();
    await screenshot(page, 'admin-accounts-desktop');
    const temporary = (await notice.locator('code').textContent())!;
    await context.close();

    const { context: carerContext, page: carer } = await newPage(browser, 'phone');
    await carer.goto('/');
    await carer.getByLabel('Username').fill('demo-carer');
    await carer.getByLabel('Password').fill(temporary);
    await carer.getByRole('button', { name: 'Sign in' }).click();
    await carer.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await expectNoAxeViolations(carer);
    await carer.getByLabel('Password you were given').fill(temporary);
    await carer.getByLabel('New password').fill('password123');
    await carer.getByRole('button', { name: 'Change password' }).click();
    await carer
      .getByText(/most common/)
      .first()
      .waitFor();
    await screenshot(carer, 'choose-password-phone');
    await carer.getByLabel('Password you were given').fill(temporary);
    await carer.getByLabel('New password').fill('a kettle on the windowsill');
    await carer.getByRole('button', { name: 'Change password' }).click();
    await carer.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor({ state: 'detached' });
    await carerContext.close();
  });
});
