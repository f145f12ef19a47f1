import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const look = (page: Page, name: string) =>
  page.screenshot({ path: `/tmp/college-admin-e2e-${name}.png`, fullPage: true });

const isoDay = (daysFromNow: number) => new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

describe('running the Recovery College', () => {
  it('an administrator drafts a course, reads why it cannot be published without a peer trainer, adds one and publishes it', async () => {
    const { context, page } = await newPage(browser, 'desktop');
    await signIn(page, 'demo-admin');
    await page.getByRole('link', { name: 'Recovery College' }).click();
    await page.getByRole('heading', { level: 1, name: 'Run the Recovery College' }).waitFor();
    await expectNoAxeViolations(page);
    await look(page, 'manage-desktop');

    const term = `Term ${Date.now()}`;
    const terms = page.locator('form', { has: page.getByRole('heading', { name: 'Add a term' }) });
    await terms.getByLabel('Name').fill(term);
    await terms.getByLabel('First day').fill(isoDay(30));
    await terms.getByLabel('Last day').fill(isoDay(120));
    await terms.getByRole('button', { name: 'Add the term' }).click();
    await terms.getByText('Term added.').waitFor();

    const title = `Living well with voices ${Date.now()}`;
    const draft = page.locator('form', { has: page.getByRole('heading', { name: 'Draft a course' }) });
    await draft.getByLabel('Term').selectOption({ label: term });
    await draft.getByLabel('Title').fill(title);
    await draft.getByLabel('What you will learn').fill('Ways people live well with hearing voices.');
    await draft.getByLabel('Who it is for').fill('Anyone who hears voices, and the people close to them.');
    await draft.getByLabel('Who designed it').fill('Amira (lived experience) and Grace, with three students');
    await draft.getByLabel('Places').fill('10');
    await draft.getByRole('button', { name: 'Draft the course' }).click();
    await draft.getByText(/Course drafted/).waitFor();
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // A session with a practitioner trainer only.
    const session = page.locator('form', { has: page.getByRole('heading', { name: 'Add a session' }) });
    await session.getByLabel('Day').fill(isoDay(40));
    await session.getByLabel('From', { exact: true }).fill('10:00');
    await session.getByLabel('To', { exact: true }).fill('12:00');
    await session.getByLabel('Online', { exact: true }).check();
    await session.getByLabel('How to join').fill('A video call; the link comes by email the day before.');
    await session.getByRole('checkbox', { name: 'Grace Nolan' }).check();
    await session.getByRole('button', { name: 'Add the session' }).click();
    await session.getByText('Session added.').waitFor();
    await page.getByText('No peer trainer yet.').waitFor();

    await page.getByRole('button', { name: 'Publish the course' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'This course cannot be published yet' });
    await refusal.getByText(/One session has no peer trainer and practitioner trainer together/).waitFor();
    await expectNoAxeViolations(page);
    await look(page, 'course-refused-desktop');

    await page.getByText(/^Change trainers/).click();
    const trainers = page.locator('form', { has: page.getByRole('heading', { name: /^Trainers for / }) });
    await trainers.getByRole('checkbox', { name: 'Amira Haddad' }).check();
    await trainers.getByRole('button', { name: 'Save the trainers' }).click();
    await trainers.getByText('Trainers saved.').waitFor();
    await page.getByText('No peer trainer yet.').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Publish the course' }).click();
    await page.getByText('The course is on the prospectus.').first().waitFor();
    await page.getByText('Published on the prospectus.').waitFor();
    await expectNoAxeViolations(page);

    // Design: a co-production meeting.
    const note = page.locator('form', { has: page.getByRole('heading', { name: 'Add a design note or meeting' }) });
    await note.getByLabel('Date').fill(isoDay(-3));
    await note.getByLabel('Who took part with lived experience').fill('Amira, Sam');
    await note.getByLabel('Who took part with professional or other experience').fill('Grace');
    await note.getByLabel('Notes').fill('Start from what helps; no diagnosis talk in the first session.');
    await note.getByRole('button', { name: 'Add it' }).click();
    await page.getByText('With lived experience: Amira, Sam. Others: Grace.').waitFor();
    await expectNoAxeViolations(page);
    await look(page, 'course-published-desktop');
    await context.close();
  });

  it('a trainer marks who came and who delivered on a phone, and the figures count it', async () => {
    const { context, page } = await newPage(browser, 'phone');
    await signIn(page, 'demo-worker');
    await page.goto('/college/trainer');
    await page.getByRole('heading', { level: 1, name: 'Your sessions' }).waitFor();
    await page
      .getByRole('link', { name: /^Register for / })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /^Register: / }).waitFor();
    const came = page.getByRole('group', { name: 'Who came?' }).getByRole('checkbox');
    if ((await came.count()) > 0) {
      await came.first().check();
      await page.getByRole('button', { name: 'Save the register' }).click();
      await page
        .getByText(/^Register saved:/)
        .first()
        .waitFor();
    }
    // The peer trainer could not come: only the practitioner delivered it.
    const delivered = page.getByRole('group', { name: 'Who delivered it?' });
    const boxes = delivered.getByRole('checkbox');
    for (let i = 0; i < (await boxes.count()); i += 1) {
      const label = (await boxes.nth(i).evaluate((el) => el.parentElement?.textContent ?? '')) ?? '';
      if (label.includes('professional experience')) await boxes.nth(i).check();
      else await boxes.nth(i).uncheck();
    }
    await page.getByRole('button', { name: 'Save who delivered it' }).click();
    await page
      .getByText(/^Saved: delivered by .*\(professional experience\)\.$/)
      .first()
      .waitFor();
    await expectNoAxeViolations(page);
    await look(page, 'register-delivery-phone');
    await context.close();

    const manager = await newPage(browser, 'phone');
    await signIn(manager.page, 'demo-manager');
    // On a phone a manager's pages are behind "Menu".
    await manager.page.getByRole('button', { name: 'Menu' }).click();
    await manager.page.getByRole('link', { name: 'College figures' }).click();
    await manager.page.getByRole('heading', { level: 1, name: 'Recovery College figures' }).waitFor();
    const sentence = await manager.page.getByText(/^Of the \d+ sessions marked as delivered/).textContent();
    const [, delivered2, together] = /Of the (\d+) sessions marked as delivered, (\d+) were/.exec(sentence ?? '') ?? [];
    expect(Number(delivered2)).toBeGreaterThan(Number(together));
    await manager.page.getByText('Show these figures as a table').first().click();
    await expectNoAxeViolations(manager.page);
    await look(manager.page, 'figures-phone');
    await manager.context.close();
  });

  it('two administrators change the same room: the second keeps what they typed and sees the first one’s version', async () => {
    const first = await newPage(browser, 'desktop');
    await signIn(first.page, 'demo-admin');
    await first.page.goto('/college/manage');
    const name = `Garden Room ${Date.now()}`;
    const add = first.page.locator('form', { has: first.page.getByRole('heading', { name: 'Add a room' }) });
    await add.getByLabel('Name').fill(name);
    await add.getByLabel('Address').fill('4 Mill Lane');
    await add.getByLabel('How many people it holds').fill('12');
    await add.getByRole('button', { name: 'Add the room' }).click();
    await add.getByText('Room added.').waitFor();

    const second = await newPage(browser, 'phone');
    await signIn(second.page, 'demo-admin');
    await second.page.goto('/college/manage');
    for (const { page } of [first, second]) await page.getByRole('button', { name: `Change ${name}` }).click();

    const firstForm = first.page.locator('form', { has: first.page.getByRole('heading', { name: `Change ${name}` }) });
    await firstForm.getByLabel('How many people it holds').fill('16');
    await firstForm.getByRole('button', { name: 'Save the room' }).click();
    await firstForm.getByText('Room saved.').waitFor();

    const secondForm = second.page.locator('form', {
      has: second.page.getByRole('heading', { name: `Change ${name}` }),
    });
    await secondForm.getByLabel('Address').fill('4 Mill Lane, side door');
    await secondForm.getByRole('button', { name: 'Save the room' }).click();
    await secondForm.getByText(/Someone else changed this room/).waitFor();
    await secondForm.getByText('Their version', { exact: true }).waitFor();
    expect(await secondForm.getByLabel('Address').inputValue()).toBe('4 Mill Lane, side door');
    await expectNoAxeViolations(second.page);
    await look(second.page, 'room-conflict-phone');
    await secondForm.getByRole('button', { name: 'Start again from their version' }).click();
    expect(await secondForm.getByLabel('How many people it holds').inputValue()).toBe('16');
    await secondForm.getByLabel('Address').fill('4 Mill Lane, side door');
    await secondForm.getByRole('button', { name: 'Save the room' }).click();
    await secondForm.getByText('Room saved.').waitFor();
    await first.context.close();
    await second.context.close();
  });

  it('an administrator fills in the fidelity self-assessment on a phone and sees it listed with its date', async () => {
    const { context, page } = await newPage(browser, 'phone');
    await signIn(page, 'demo-admin');
    await page.goto('/college/manage');
    await page.getByRole('link', { name: 'assess its fidelity' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fidelity self-assessment' }).waitFor();
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Assess the college' }) });
    const who = `Sam and Grace ${Date.now()}`;
    await form.getByLabel('Who took part').fill(who);
    const components = form.getByRole('group');
    for (let i = 0; i < (await components.count()); i += 1)
      await components
        .nth(i)
        .getByRole('radio', { name: i === 4 ? 'Red: not in place' : 'Green: in place' })
        .check();
    await form.getByRole('button', { name: 'Save the self-assessment' }).click();
    await form.getByText('Self-assessment saved.').waitFor();
    const row = page.getByRole('row').filter({ hasText: who });
    await row.getByText('Social connectedness:').waitFor();
    await row.getByText('12', { exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await look(page, 'fidelity-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectNoAxeViolations(page);
    await look(page, 'fidelity-desktop');
    await context.close();
  });

  it('an administrator renames a term and sees the new name in the list', async () => {
    const { context, page } = await newPage(browser, 'desktop');
    await signIn(page, 'demo-admin');
    await page.goto('/college/manage');
    const term = `Summer ${Date.now()}`;
    const add = page.locator('form', { has: page.getByRole('heading', { name: 'Add a term' }) });
    await add.getByLabel('Name').fill(term);
    await add.getByLabel('First day').fill(isoDay(200));
    await add.getByLabel('Last day').fill(isoDay(260));
    await add.getByRole('button', { name: 'Add the term' }).click();
    await add.getByText('Term added.').waitFor();
    await page.getByRole('button', { name: `Change ${term}` }).click();
    const change = page.locator('form', { has: page.getByRole('heading', { name: `Change ${term}` }) });
    expect(await change.getByLabel('First day').inputValue()).toBe(isoDay(200));
    await change.getByLabel('Name').fill(`${term} (late start)`);
    await change.getByLabel('First day').fill(isoDay(207));
    await change.getByRole('button', { name: 'Save the term' }).click();
    await change.getByText('Term saved.').waitFor();
    await page.getByRole('cell', { name: `${term} (late start)` }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });
});
