import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('a student on a phone giving up a course', () => {
  it('is asked first, so one stray tap does not lose their turn on the waiting list', async () => {
    const { context, page } = await newPage(browser, 'phone');
    await signIn(page, 'demo-student');
    await page.goto('/college/my-courses');
    const leave = page.getByRole('button', { name: 'Leave the waiting list for Finding Hope' });
    await leave.click();

    const question = page.getByRole('group', { name: 'Leave the waiting list for Finding Hope?' });
    await question.waitFor();
    await expect.poll(() => question.evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(() => page.getByText('You are on the waiting list').count()).toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'walkthrough-college-give-up-question-phone');

    await question.getByRole('button', { name: 'Keep it' }).click();
    await leave.waitFor();
    expect(await page.getByText('You gave up this place').count()).toBe(0);

    await leave.click();
    await page.getByRole('button', { name: 'Yes, give it up' }).click();
    await page.getByText('Finding Hope: you gave up this place').waitFor();
    await context.close();
  });
});
