import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponseShape } from './support/types';
import { apiAs } from './support/api';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** What a phone screen shows of the page's frame: the header's height, and anything wider than the screen. */
async function layoutAtPhoneWidth(page: Page): Promise<{ headerHeight: number; overflowing: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflowing = [...document.querySelectorAll('main *, header *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { headerHeight: document.querySelector('header')!.getBoundingClientRect().height, overflowing };
  });
}

async function expectCompactAndInside(page: Page): Promise<void> {
  const { headerHeight, overflowing } = await layoutAtPhoneWidth(page);
  expect(headerHeight).toBeLessThanOrEqual(120);
  expect(overflowing).toEqual([]);
}

describe('the person’s and the carer’s pages on a phone', () => {
  it('puts what waits for the person, their plan, their feedback and who opened their record first, speaking to them', async () => {
    const { me } = await (await apiAs('demo-person')).get<MeResponseShape>('/me');
    const { context, page } = await newPage(browser, 'phone');
    await signIn(page, 'demo-person');
    await page.getByRole('heading', { name: 'Your care plan', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Your contacts', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Your care team', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Your questionnaires', exact: true }).waitFor();
    await page.getByRole('heading', { name: /^Waiting for you/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectCompactAndInside(page);
    const headings = await page.locator('main h2').allTextContents();
    const at = (text: string) => headings.findIndex((heading) => heading.startsWith(text));
    for (const first of ['Waiting for you', 'Your care plan', 'How your meetings went', 'Who opened your record']) {
      expect(at(first), `${first} in ${headings.join(' | ')}`).toBeGreaterThanOrEqual(0);
      expect(at(first)).toBeLessThan(at('Your care team'));
      expect(at(first)).toBeLessThan(at('Your contacts'));
    }
    expect(headings.filter((heading) => /\b(my|I)\b/.test(heading))).toEqual([]);
    await expectNoAxeViolations(page);
    await screenshot(page, 'person-home-phone');

    for (const path of ['care-plan', 'reviews', '']) {
      await page.goto(`/people/${me.personId}${path ? `/${path}` : ''}`);
      await page.locator('main h1').waitFor();
      expect(await page.locator('main h1').textContent()).toMatch(/^Your /);
      await page.waitForLoadState('networkidle');
      await expectCompactAndInside(page);
    }
    await page.goto('/account');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectCompactAndInside(page);
    await context.close();
  });

  it('keeps the carer’s pages compact and inside a phone’s width', async () => {
    const { context, page } = await newPage(browser, 'phone');
    await signIn(page, 'demo-carer');
    await page.getByRole('heading', { name: 'People I care for' }).waitFor();
    await expectCompactAndInside(page);
    await page
      .getByRole('link', { name: /See what .* shares/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'How to reach the team' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectCompactAndInside(page);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('folds a team manager’s pages behind “Menu” on a phone, and the menu closes on the page it opens', async () => {
    const { context, page } = await newPage(browser, 'phone');
    await signIn(page, 'demo-manager');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
    await menu.waitFor();
    expect(await nav.getByRole('link', { name: 'IPS figures' }).isVisible()).toBe(false);
    await expectCompactAndInside(page);

    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await nav.getByRole('link', { name: 'IPS figures' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'staff-menu-open-phone');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    await menu.click();
    await nav.getByRole('link', { name: 'IPS figures' }).click();
    await page.getByRole('heading', { level: 1, name: 'IPS figures' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: 'IPS figures' }).isVisible()).toBe(false);
    await expectCompactAndInside(page);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
