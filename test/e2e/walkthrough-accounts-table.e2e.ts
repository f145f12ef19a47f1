import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, screenshot, signIn, baseUrl } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('the accounts table at desktop and tablet widths', () => {
  for (const viewport of [
    { name: 'desktop', width: 1280, height: 900 },
    { name: 'tablet-landscape', width: 1024, height: 768 },
  ]) {
    it(`shows every column, Actions included, without a sideways scroll (${viewport.name})`, async () => {
      const context = await browser.newContext({ viewport, baseURL: baseUrl(), locale: 'en-GB' });
      const page = await context.newPage();
      await signIn(page, 'demo-admin');
      await page.goto('/admin/accounts');
      const table = page.getByRole('table', { name: 'Sign-in accounts' });
      const actions = table.getByRole('columnheader', { name: 'Actions' });
      await actions.waitFor();
      const fits = await table.evaluate((element) => {
        const scroller = element.parentElement!;
        return { table: element.scrollWidth, visible: scroller.clientWidth };
      });
      expect(fits.table).toBeLessThanOrEqual(fits.visible);
      const header = (await actions.boundingBox())!;
      expect(header.x + header.width).toBeLessThanOrEqual(viewport.width);
      await expectNoAxeViolations(page);
      await screenshot(page, `walkthrough-accounts-${viewport.name}`);
      await context.close();
    });
  }
});
