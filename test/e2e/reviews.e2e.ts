import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './support/api';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn } from './support/browser';
import type { MeResponseShape } from './support/types';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const WHAT_CHANGED = `Jo is sleeping better, so we will meet once a month with a phone call in between (${Date.now()}).`;

describe('reviews and the calendar feed', () => {
  it('a worker records a review, sees it listed with the next review date, and gets a calendar with it', async () => {
    const { me } = await (await apiAs('demo-person')).get<MeResponseShape>('/me');
    const personId = me.personId!;
    const { context, page } = await newPage(browser, 'desktop');
    await signIn(page, 'demo-worker');

    // From the care plan to its reviews: the next one is coming up and none has been held.
    await page.goto(`/people/${personId}/care-plan`);
    await page.getByRole('link', { name: 'Reviews' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reviews for Jo' }).waitFor();
    const next = page.getByRole('region', { name: 'Next review' });
    const dueBefore = await next.locator('time').getAttribute('datetime');
    expect(dueBefore).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Nothing filled in: each problem shows by its question and nothing is recorded.
    const form = page.getByRole('form', { name: 'Record a review with Jo' });
    await form.getByRole('button', { name: 'Record review' }).click();
    await form.getByText('Say who was at the review: tick at least one person, or name someone.').waitFor();
    await form.getByText('Say what changed at the review, even if it was “nothing”.').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'review-errors-desktop');

    // Jo, the carer who came, the care coordinator and an advocate named in words.
    await form.getByRole('checkbox', { name: /^Jordan Meadows \(the person\)/ }).check();
    await form.getByRole('checkbox', { name: /^Morgan Meadows \(parent, carer\)/ }).check();
    await form.getByRole('checkbox', { name: /^Robin Fairley \(care coordinator/ }).check();
    await form.getByLabel(/Anyone else/).fill('Pat Okoro (advocate)');
    await form.getByLabel(/What changed/).fill(WHAT_CHANGED);
    await form.getByRole('button', { name: 'Record review' }).click();
    const saved = form.getByText(/^Review of .+ recorded\. The next review is due on (.+)\.$/);
    await saved.waitFor();

    const past = page.getByRole('region', { name: 'Past reviews' });
    const held = past.getByRole('listitem').filter({ hasText: WHAT_CHANGED });
    for (const name of ['Jordan Meadows', 'Morgan Meadows', 'Robin Fairley', 'Pat Okoro (advocate)'])
      await held.getByText(name, { exact: false }).first().waitFor();
    const dueAfter = await next.locator('time').getAttribute('datetime');
    expect(dueAfter).not.toBe(dueBefore);
    expect(dueAfter! > dueBefore!).toBe(true);
    const nextText = (await next.locator('time').textContent()) ?? '';
    expect(await saved.textContent()).toContain(nextText);
    await expectNoAxeViolations(page);
    await screenshot(page, 'reviews-desktop');

    // The calendar address, from the caseload: shown once, fetched without a session.
    await page.goto('/caseload');
    await page.getByRole('link', { name: /reviews in your own calendar/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Reviews in your calendar' }).waitFor();
    await page.getByText(/first letter of their surname/).waitFor();
    await page.getByRole('button', { name: 'Make my calendar address' }).click();
    const address = page.getByRole('textbox', { name: 'Calendar address' });
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await expectNoAxeViolations(page);
    await screenshot(page, 'calendar-feed-desktop');

    const calendar = await fetch(url);
    expect(calendar.status).toBe(200);
    expect(calendar.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await calendar.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('SUMMARY:Care plan review held: Jo M.');
    expect(text).toContain(`DTSTART;VALUE=DATE:${dueAfter!.replaceAll('-', '')}`);
    expect(text).not.toContain('Meadows');

    // Replacing the address stops the old one working.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Replace my calendar address' }).click();
    await page.waitForFunction(
      (old) => (document.querySelector<HTMLInputElement>('#calendar-feed-url')?.value ?? old) !== old,
      url,
    );
    const replaced = await address.inputValue();
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(replaced)).status).toBe(200);
    await context.close();
  }, 120_000);

  it('the reviews and calendar pages read well on a phone', async () => {
    const { me } = await (await apiAs('demo-person')).get<MeResponseShape>('/me');
    const { context, page } = await newPage(browser, 'phone');
    await signIn(page, 'demo-worker');
    await page.goto(`/people/${me.personId!}/reviews`);
    await page.getByRole('form', { name: 'Record a review with Jo' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'reviews-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.goto('/calendar-feed');
    await page.getByRole('heading', { level: 2, name: 'Your calendar address' }).waitFor();
    await page
      .getByRole('button', { name: /calendar address$/ })
      .first()
      .waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    await page
      .getByRole('button', { name: /calendar address$/ })
      .first()
      .click();
    await page.getByRole('textbox', { name: 'Calendar address' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'calendar-feed-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  }, 90_000);
});
