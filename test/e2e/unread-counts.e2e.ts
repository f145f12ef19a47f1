import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponseShape } from './support/types';
import { apiAs } from './support/api';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const unreadLink = (page: Page) => page.getByRole('banner').getByRole('link', { name: /unread messages?$/ });

/** The header's height at phone width, and anything in it wider than the screen. */
async function headerAtPhoneWidth(page: Page): Promise<{ height: number; overflowing: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflowing = [...document.querySelectorAll('header *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { height: document.querySelector('header')!.getBoundingClientRect().height, overflowing };
  });
}

describe('unread messages in the header', () => {
  it('shows the person how many messages wait for them, and takes the count away once they read them', async () => {
    const asPerson = await apiAs('demo-person');
    const { me } = await asPerson.get<MeResponseShape>('/me');
    const personId = me.personId!;
    const asWorker = await apiAs('demo-worker');
    await asWorker.post(`/people/${personId}/messages`, { text: `See you on Thursday at 2 (${Date.now()}).` });
    const { unread } = await asPerson.get<{ unread: number }>('/messages/unread');
    expect(unread).toBeGreaterThan(0);

    const { context, page } = await newPage(browser, 'phone');
    await signIn(page, 'demo-person');
    const link = unreadLink(page);
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/people/${personId}/messages`);
    // The badge reads "1 unread"; its accessible name says what is unread.
    await page
      .getByRole('banner')
      .getByRole('link', { name: `${unread} unread ${unread === 1 ? 'message' : 'messages'}`, exact: true })
      .waitFor();
    const header = await headerAtPhoneWidth(page);
    expect(header.height).toBeLessThanOrEqual(120);
    expect(header.overflowing).toEqual([]);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${tmpdir()}/unread-person-phone.png` });

    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Your messages with your care team' }).waitFor();
    await link.waitFor({ state: 'detached' });
    // Beside the service hours: the person's own contacts from their safety plan.
    const conversation = await asPerson.get<{ safetyPlanContacts: { heading: string; text: string }[] | null }>(
      `/people/${personId}/messages`,
    );
    expect(conversation.safetyPlanContacts?.length).toBeGreaterThan(0);
    const hours = page.getByRole('complementary', { name: 'When the team reads messages' });
    for (const section of conversation.safetyPlanContacts ?? [])
      await hours.getByRole('heading', { name: section.heading, exact: true }).waitFor();
    await page.screenshot({ path: join(tmpdir(), 'unread-conversation-phone.png'), fullPage: true });
    expect(await asPerson.get<{ unread: number }>('/messages/unread')).toEqual({ unread: 0 });
    await expectNoAxeViolations(page);
    await context.close();
  }, 120_000);

  it('shows a worker what waits in their care teams’ conversations', async () => {
    const asPerson = await apiAs('demo-person');
    const { me } = await asPerson.get<MeResponseShape>('/me');
    await asPerson.post(`/people/${me.personId!}/messages`, { text: `Running late today (${Date.now()}).` });
    const asWorker = await apiAs('demo-worker');
    const { unread } = await asWorker.get<{ unread: number }>('/messages/unread');
    expect(unread).toBeGreaterThan(0);

    const { context, page } = await newPage(browser, 'desktop');
    await signIn(page, 'demo-worker');
    const link = unreadLink(page);
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/messages');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${tmpdir()}/unread-worker-desktop.png` });
    await context.close();
  }, 120_000);
});
