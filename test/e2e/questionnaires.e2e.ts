import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qpr15 } from '../../src/domain/instruments';
import { apiAs } from './support/api';
import { join } from 'node:path';
import { expectNoAxeViolations, launchBrowser, newPage, SCREENSHOTS, screenshot, signIn } from './support/browser';
import type { MeResponseShape } from './support/types';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const statement = (i: number) => `${i + 1}. Statement ${i + 1} about how things are`;
const item = (page: Page, i: number) => page.getByRole('group', { name: statement(i), exact: true });
const draftKeys = (page: Page) =>
  page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith('tandem.questionnaire-draft.')));

describe('questionnaires the person fills in, at phone size', () => {
  // A long journey (two people, two sizes): on a loaded machine it needs more than the default minute.
  it(
    'is asked by the care team, keeps answers across sign-out on the server only, sends them and shows the trend',
    { timeout: 180_000 },
    async () => {
      const admin = await apiAs('demo-admin');
      await admin.post('/admin/instruments/wording', {
        instrumentId: qpr15.id,
        version: qpr15.version,
        items: qpr15.items.map((it, i) => ({ id: it.id, text: `Statement ${i + 1} about how things are` })),
      });
      const { me } = await (await apiAs('demo-person')).get<MeResponseShape>('/me');
      await (
        await apiAs('demo-worker')
      ).put(`/people/${me.personId}/questionnaires/schedules/qpr-15`, { everyDays: 91 });

      const { context, page } = await newPage(browser, 'phone');
      await signIn(page, 'demo-person');
      await page.goto('/my-page');
      await page.getByRole('heading', { name: 'Your questionnaires' }).waitFor();
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: /Fill in QPR-15/ }).click();
      await page.getByRole('heading', { level: 1, name: /QPR-15/ }).waitFor();

      for (let i = 0; i < 5; i += 1) await item(page, i).locator('label').nth(1).click();
      await page.getByText('5 of 15 answered. Your answers so far are saved.').waitFor();
      expect(await draftKeys(page)).toEqual([
        `tandem.questionnaire-draft.${me.accountId}.${page.url().split('/').at(-1)}`,
      ]);
      await expectNoAxeViolations(page);
      await screenshot(page, 'questionnaire-phone');
      await page.locator('form').screenshot({ path: join(SCREENSHOTS, 'questionnaire-form-phone.png') });

      // Signing out leaves nothing on the device; the server kept the answers.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByLabel('Username').waitFor();
      expect(await draftKeys(page)).toEqual([]);
      await signIn(page, 'demo-person');
      await page.goto('/my-page');
      await page.getByRole('link', { name: /Carry on with QPR-15/ }).click();
      expect(await item(page, 0).getByRole('radio', { name: '1' }).isChecked()).toBe(true);

      // Change an answer, then answer the rest: 4 + 1 × 4 + 2 × 10 = 28.
      await item(page, 0).locator('label').nth(4).click();
      for (let i = 5; i < 15; i += 1) await item(page, i).locator('label').nth(2).click();
      await page.getByText('15 of 15 answered. Your answers so far are saved.').waitFor();
      await page.getByRole('button', { name: 'Send my answers' }).click();
      await page.getByRole('heading', { name: 'Thank you' }).waitFor();
      expect(await draftKeys(page)).toEqual([]);

      await page.getByRole('link', { name: 'Back to My page' }).click();
      await page.getByText(/Your latest score is 28 out of 60/).waitFor();
      await page.getByRole('img', { name: /Your latest score is 28 out of 60/ }).waitFor();
      await page.getByText('Show these figures as a table').first().click();
      await page.getByRole('cell', { name: '28 of 60' }).waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, 'questionnaire-trend-phone');
      await page
        .locator('section[aria-labelledby="questionnaires-heading"]')
        .screenshot({ path: join(SCREENSHOTS, 'questionnaire-section-phone.png') });
      await context.close();

      // The care team sees the score (not the answers being typed) and what it asks for.
      const worker = await newPage(browser, 'desktop');
      await signIn(worker.page, 'demo-worker');
      await worker.page.goto(`/people/${me.personId}`);
      await worker.page.getByText(/Their latest score is 28 out of 60/).waitFor();
      await worker.page.getByRole('heading', { name: 'Asked for by the care team' }).waitFor();
      await worker.page.getByText(/QPR-15.*, every 13 weeks\./).waitFor();
      await expectNoAxeViolations(worker.page);
      // The care team stops asking, and asks again.
      await worker.page.getByRole('button', { name: /^Stop asking for QPR-15/ }).click();
      await worker.page.getByText(/^Stopped\./).waitFor();
      await worker.page.getByText(/QPR-15.*, stopped on /).waitFor();
      await expectNoAxeViolations(worker.page);
      await worker.page.getByRole('button', { name: 'Ask again, every 13 weeks' }).click();
      await worker.page.getByText(/^Asked again\./).waitFor();
      await worker.page.getByText(/QPR-15.*, every 13 weeks\./).waitFor();
      await worker.page
        .locator('section[aria-labelledby="questionnaires-heading"]')
        .screenshot({ path: join(SCREENSHOTS, 'questionnaire-section-desktop.png') });
      await worker.context.close();
    },
  );
});
