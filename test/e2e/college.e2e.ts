import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const look = (page: Page, name: string) => page.screenshot({ path: `/tmp/college-e2e-${name}.png`, fullPage: true });

describe('the Recovery College', () => {
  it('a member of the public finds a course at phone size, signs up, enrols, and joins a full course’s waiting list', async () => {
    const { context, page } = await newPage(browser, 'phone');
    await page.goto('/college');
    await page.getByRole('heading', { level: 1, name: 'Recovery College prospectus' }).waitFor();
    // The demo's 20 courses, and any that another journey on this server has published since.
    await page.getByText(/^(2\d|[3-9]\d) courses$/).waitFor();
    await expectNoAxeViolations(page);
    await look(page, 'prospectus-phone');

    // Searching finds the course by the words of what it teaches.
    await page.getByRole('searchbox', { name: 'Search courses' }).fill('hope');
    await page.getByRole('button', { name: 'Find courses' }).click();
    await page.getByText('1 course').waitFor();
    const hope = page.getByRole('article', { name: 'Finding Hope' });
    await hope.getByText(/places? left|Full/).waitFor();
    await hope
      .getByText(/\((lived|professional) experience\)/)
      .first()
      .waitFor();

    // Signing up needs no referral and asks nothing about health.
    await page.getByRole('link', { name: 'Sign up as a student' }).click();
    await page.getByRole('heading', { level: 1, name: 'Join the Recovery College' }).waitFor();
    const username = `learner-${Date.now()}`;
    await page.getByLabel('Your name').fill('Sky Learner');
    await page.getByLabel('Email').fill(`${username}@example.org`);
    await page.getByLabel('Which describes you best?').selectOption('other');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill('a quiet walk along the canal');
    await expectNoAxeViolations(page);
    await look(page, 'join-phone');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Recovery College prospectus' }).waitFor();

    // A course with places: enrol. A full one: join its waiting list.
    await page.getByLabel('Term').selectOption({ label: 'Next term' });
    await page.getByLabel('Only courses with places free').check();
    await page.getByRole('button', { name: 'Find courses' }).click();
    const open = page
      .getByRole('article')
      .filter({ has: page.getByRole('button', { name: /^Enrol for / }) })
      .first();
    const openTitle = (await open.getByRole('heading', { level: 2 }).textContent()) ?? '';
    await open.getByRole('button', { name: /^Enrol for / }).click();
    await page.getByRole('article', { name: openTitle }).getByText('You have a place on this course.').waitFor();

    await page.getByLabel('Only courses with places free').uncheck();
    await page.getByRole('button', { name: 'Find courses' }).click();
    const full = page
      .getByRole('article')
      .filter({ has: page.getByText('Full: you can join the waiting list') })
      .first();
    const fullTitle = (await full.getByRole('heading', { level: 2 }).textContent()) ?? '';
    await full.getByRole('button', { name: /^Join the waiting list for / }).click();
    await page
      .getByRole('article', { name: fullTitle })
      .getByText(/you are on the waiting list/)
      .waitFor();
    await expectNoAxeViolations(page);

    await page.goto('/college/my-courses');
    await page.getByRole('heading', { level: 1, name: 'Your courses' }).waitFor();
    await page.getByRole('article', { name: openTitle }).getByText('You have a place').waitFor();
    await page.getByRole('article', { name: fullTitle }).getByText('You are on the waiting list').waitFor();
    await expectNoAxeViolations(page);
    await look(page, 'my-courses-phone');
    await context.close();
  });

  it('a trainer opens the register of a session they taught and marks who came, on a phone', async () => {
    const { context, page } = await newPage(browser, 'phone');
    await signIn(page, 'demo-worker');
    await page.goto('/college');
    await page.getByRole('link', { name: 'Your sessions and registers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your sessions' }).waitFor();
    await expectNoAxeViolations(page);
    await page
      .getByRole('link', { name: /^Register for / })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /^Register: / }).waitFor();
    const boxes = page.getByRole('group', { name: 'Who came?' }).getByRole('checkbox');
    const count = await boxes.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) await boxes.nth(i).check();
    await boxes.first().uncheck();
    await page.getByRole('button', { name: 'Save the register' }).click();
    await page
      .getByText(`Register saved: ${count - 1} of ${count} came.`)
      .first()
      .waitFor();
    await expectNoAxeViolations(page);
    await look(page, 'register-phone');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Register: / }).waitFor();
    expect(await boxes.first().isChecked()).toBe(false);
    expect(await boxes.nth(count - 1).isChecked()).toBe(true);
    await context.close();
  });
});
