import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './support/api';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn, VIEWPORTS } from './support/browser';
import { startIdleServer, type startTandemServer } from './support/e2e-global-setup';
import type { MeResponseShape } from './support/types';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('unsaved work', () => {
  it('a worker’s unsaved care-plan draft leaves the device with them: the person signing in next on it sees none', async () => {
    const { me } = await (await apiAs('demo-person')).get<MeResponseShape>('/me');
    const personId = me.personId!;
    const workerDraft = `Worker’s words, not saved (${Date.now()}).`;
    const { context, page } = await newPage(browser, 'tablet');
    await signIn(page, 'demo-worker');
    await page.goto(`/people/${personId}/care-plan`);
    await page.getByRole('button', { name: 'Edit What helps and what does not' }).click();
    await page
      .getByRole('form', { name: 'Edit What helps and what does not' })
      .getByLabel('What helps and what does not')
      .fill(workerDraft);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out. Nothing you typed is left on this device.').waitFor();
    expect(await page.evaluate(() => JSON.stringify({ ...window.localStorage }))).not.toContain(workerDraft);

    // The person signs in on the same browser and opens the same section in their own editor.
    await signIn(page, 'demo-person');
    await page.goto(`/people/${personId}/care-plan`);
    await page.getByRole('button', { name: 'Edit What helps and what does not' }).click();
    const text = await page
      .getByRole('form', { name: 'Edit What helps and what does not' })
      .getByLabel('What helps and what does not')
      .inputValue();
    expect(text).not.toContain(workerDraft);
    expect(await page.content()).not.toContain(workerDraft);
    await context.close();
  });
});

describe('a meeting in progress when the session ends', () => {
  // A server of its own whose sessions end after one idle minute, so the journey moves past the
  // limit in about a minute instead of thirty.
  let server: Awaited<ReturnType<typeof startTandemServer>>;
  beforeAll(async () => {
    server = await startIdleServer();
  }, 300_000);
  afterAll(() => server?.stop());

  it('warns before the idle limit, says why it signed out, brings the meeting back after signing in, and asks before leaving it', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.tablet, baseURL: server.baseUrl, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, 'demo-worker');
    await page
      .getByRole('link', { name: /Jordan Meadows/ })
      .first()
      .click();
    await page.getByRole('link', { name: /Start a meeting/ }).click();
    await page.getByRole('heading', { level: 2, name: /Step 1 of 6/ }).waitFor();
    for (const group of await page.locator('form fieldset').all())
      await group.getByText('Done', { exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 2, name: /Step 2 of 6/ }).waitFor();
    const firstArea = page.locator('form fieldset').first();
    await firstArea.locator('label').nth(3).click();

    // Half a minute before the limit: a warning with a way to carry on.
    const warning = page.getByRole('alert').filter({ hasText: 'You will be signed out' });
    await warning.waitFor({ timeout: 90_000 });
    await expectNoAxeViolations(page);
    await screenshot(page, 'session-timeout-warning-tablet');
    await page.getByRole('button', { name: 'Stay signed in' }).click();
    await warning.waitFor({ state: 'detached' });

    // Left alone past the limit: signed out, told why, and the meeting is kept.
    await page.getByRole('heading', { level: 1, name: 'Sign in to Tandem' }).waitFor({ timeout: 150_000 });
    await page.getByText('You were signed out because Tandem had not heard from you for a while.').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'signed-out-idle-tablet');
    await page.getByLabel('Username').fill('demo-worker');
    await page.getByLabel('Password').fill('tandem-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: /Step 2 of 6/ }).waitFor();
    await page.getByText('This meeting was not saved last time.').waitFor();
    expect(await firstArea.locator('input').nth(3).isChecked()).toBe(true);

    // "Back to the record" asks first; staying keeps the meeting on screen.
    // Each question is answered as it opens (the click waits for the page, which waits for the answer)
    // and awaited before the next click, so one question is never answered twice.
    const stayQuestion = answerNextQuestion(page, 'dismiss');
    await page.getByRole('link', { name: /Back to .* record/ }).click();
    await stayQuestion;
    await page.getByRole('heading', { level: 2, name: /Step 2 of 6/ }).waitFor();
    expect(page.url()).toMatch(/\/meetings\/new$/);
    // Leaving anyway keeps the draft on the device: the meeting opens where it was.
    const leaveQuestion = answerNextQuestion(page, 'accept');
    await page.getByRole('link', { name: /Back to .* record/ }).click();
    await leaveQuestion;
    // On the record, as the worker would see it, before starting the meeting again.
    await page.getByRole('heading', { level: 1, name: /Jordan Meadows/ }).waitFor();
    await page.getByRole('heading', { name: 'Care team now' }).waitFor();
    await page.getByRole('link', { name: /Start a meeting/ }).click();
    await page.getByRole('heading', { level: 2, name: /Step 2 of 6/ }).waitFor();
    expect(await firstArea.locator('input').nth(3).isChecked()).toBe(true);
    await context.close();
  }, 300_000);
});

/** Answers the next question the page asks (a "leave this page?" dialog) as soon as it opens; resolves once answered. */
function answerNextQuestion(page: Page, answer: 'accept' | 'dismiss'): Promise<void> {
  return new Promise((resolve, reject) => {
    page.once('dialog', (dialog) => {
      (answer === 'accept' ? dialog.accept() : dialog.dismiss()).then(resolve, reject);
    });
  });
}
