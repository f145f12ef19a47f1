import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, screenshot, signIn, VIEWPORTS } from './support/browser';
import { startIdleServer, type startTandemServer } from './support/e2e-global-setup';

const ENDED = 'You were signed out because Tandem had not heard from you for a while.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('a person signed out by the idle limit while the page was not running', () => {
  // Sessions end after one idle minute here, so the journey passes the limit in about a minute.
  let server: Awaited<ReturnType<typeof startTandemServer>>;
  beforeAll(async () => {
    server = await startIdleServer();
  }, 300_000);
  afterAll(() => server?.stop());

  it('comes back to the page they were on and is told plainly why they must sign in again', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, baseURL: server.baseUrl, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, 'demo-person');
    const wasOn = page.url();
    // The phone locks: nothing of Tandem runs in the tab while the idle limit passes.
    await page.goto('about:blank');
    await new Promise((resolve) => setTimeout(resolve, 65_000));

    // Unlocked, the page loads again.
    await page.goto(wasOn);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Tandem' }).waitFor();
    await page.getByText(ENDED).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'walkthrough-idle-reload-phone');

    // A new tab on the same phone (no memory of this tab) says the same.
    const other = await context.newPage();
    await other.goto('/');
    await other.getByRole('heading', { level: 1, name: 'Sign in to Tandem' }).waitFor();
    await other.getByText(ENDED).waitFor();
    await context.close();
  }, 180_000);
});
