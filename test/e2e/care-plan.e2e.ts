import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './support/api';
import { expectNoAxeViolations, launchBrowser, newPage, SCREENSHOTS, screenshot, signIn } from './support/browser';
import type { MeResponseShape } from './support/types';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const ABOUT_ME = `I am Jo. I like early walks by the canal and I want to go back to college (${Date.now()}).`;
const PROPOSED = 'Jo has a diagnosis and needs to attend every appointment.';

async function openPlan(page: Page, personId: string): Promise<void> {
  await page.goto(`/people/${personId}/care-plan`);
  await page.getByRole('heading', { level: 2, name: 'Agreement' }).waitFor();
}

describe('care plan journey', () => {
  it('the person writes, a worker proposes, the person declines, both sign, versions compare and the PDF holds the person’s words', async () => {
    const { me } = await (await apiAs('demo-person')).get<MeResponseShape>('/me');
    const personId = me.personId!;

    // The person writes "About me"; the draft survives a reload before it is saved.
    const person = await newPage(browser, 'desktop');
    await signIn(person.page, 'demo-person');
    await person.page.getByRole('link', { name: 'Open your care plan' }).first().click();
    await person.page.getByRole('heading', { level: 1, name: 'Your care plan' }).waitFor();
    await person.page.getByText(/about \d+ minutes? to read/).waitFor();
    await person.page.getByRole('button', { name: 'Edit About me' }).click();
    await person.page.getByRole('form', { name: 'Edit About me' }).getByLabel('About me').fill(ABOUT_ME);
    await person.page.reload();
    const editor = person.page.getByRole('form', { name: 'Edit About me' });
    expect(await editor.getByLabel('About me').inputValue()).toBe(ABOUT_ME);
    await editor.getByRole('button', { name: 'Save' }).click();
    const aboutMe = person.page.getByRole('region', { name: 'About me' });
    await aboutMe.getByText('“About me” saved.').waitFor();
    await aboutMe.getByText(ABOUT_ME).waitFor();
    await aboutMe.getByText('In your own words').waitFor();
    await expectNoAxeViolations(person.page);

    // A worker's change to the person's words becomes a proposal.
    const worker = await newPage(browser, 'desktop');
    await signIn(worker.page, 'demo-worker');
    await worker.page.goto(`/people/${personId}`);
    await worker.page.getByRole('link', { name: /care plan/ }).click();
    await worker.page.getByRole('heading', { level: 2, name: 'Agreement' }).waitFor();
    const workerAboutMe = worker.page.getByRole('region', { name: 'About me' });
    await workerAboutMe.getByText(/In .+’s own words/).waitFor();
    await workerAboutMe.getByRole('button', { name: 'Edit About me' }).click();
    await workerAboutMe.getByText(/will be sent to .+ to accept/).waitFor();
    await workerAboutMe.getByRole('textbox', { name: 'About me', exact: true }).fill(PROPOSED);
    await workerAboutMe.getByRole('button', { name: /^Send to .+ to accept$/ }).click();
    await workerAboutMe.getByText(/was sent to .+ to accept/).waitFor();
    await workerAboutMe.getByText(ABOUT_ME).waitFor();
    await expectNoAxeViolations(worker.page);
    await screenshot(worker.page, 'care-plan-worker-desktop');

    // The person sees the change as a diff and declines it with a note; their words stay.
    await openPlan(person.page, personId);
    // The demo plan already holds another change waiting for the person, to "My strengths".
    const proposals = person.page.getByRole('region', { name: 'Changes waiting for you' });
    const change = proposals.getByRole('article', { name: 'Change to “About me”' });
    await change.locator('ins', { hasText: 'diagnosis' }).first().waitFor();
    await change.locator('del').first().waitFor();
    await proposals.getByRole('article', { name: 'Change to “My strengths”' }).waitFor();
    await expectNoAxeViolations(person.page);
    await screenshot(person.page, 'care-plan-proposal-desktop');
    await change.getByLabel(/A note for your care team/).fill('I would rather keep my own words.');
    await change.getByRole('button', { name: /^Decline/ }).click();
    await change.waitFor({ state: 'detached' });
    await person.page.getByRole('region', { name: 'About me' }).getByText(ABOUT_ME).waitFor();

    // Both sign the same version.
    await person.page.getByRole('button', { name: 'Sign this version' }).click();
    await person.page.getByText('You have signed this version.').waitFor();
    await openPlan(worker.page, personId);
    await worker.page.getByRole('button', { name: 'Sign this version' }).click();
    await worker.page.getByText(/Agreed: both sides have signed this version/).waitFor();
    await openPlan(person.page, personId);
    await person.page.getByText(/Agreed: both sides have signed this version/).waitFor();

    // Discussion under a section.
    const discussion = person.page.getByRole('region', { name: 'About me' });
    await discussion.getByText(/^Discussion/).click();
    await discussion.getByLabel('Your message').fill('Can we talk about college at the next meeting?');
    await discussion.getByRole('button', { name: 'Add message' }).click();
    await discussion.getByRole('listitem').filter({ hasText: 'Can we talk about college' }).waitFor();
    await expectNoAxeViolations(person.page);
    await screenshot(person.page, 'care-plan-desktop');

    // The newest version against the one before shows the person's words as added.
    await person.page.getByRole('link', { name: 'Compare versions' }).click();
    await person.page.getByRole('heading', { level: 1, name: 'Compare care plan versions' }).waitFor();
    await person.page.getByLabel('Earlier version').waitFor();
    await person.page.locator('ins', { hasText: 'canal' }).first().waitFor();
    await expectNoAxeViolations(person.page);
    await screenshot(person.page, 'care-plan-compare-desktop');

    // The PDF, fetched with the person's session, holds their words on the first page.
    const response = await person.page.request.get(`/api/v1/people/${personId}/care-plan.pdf`);
    expect(response.status()).toBe(200);
    const pdf = await response.body();
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const dir = mkdtempSync(join(tmpdir(), 'care-plan-pdf-'));
    const file = join(dir, 'care-plan.pdf');
    writeFileSync(file, pdf);
    const firstPageText = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(firstPageText).toContain(ABOUT_ME);
    mkdirSync(SCREENSHOTS, { recursive: true });
    const image = join(SCREENSHOTS, 'care-plan-pdf-page-1');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, image]);
    expect(statSync(`${image}.png`).size).toBeGreaterThan(1000);

    await worker.context.close();
    await person.context.close();
  }, 180_000);

  it('the care plan and the compare view read well on a phone', async () => {
    const { me } = await (await apiAs('demo-person')).get<MeResponseShape>('/me');
    const { context, page } = await newPage(browser, 'phone');
    await signIn(page, 'demo-person');
    await openPlan(page, me.personId!);
    await expectNoAxeViolations(page);
    await screenshot(page, 'care-plan-phone');

    // The person starts writing; a worker saves the same section first; nothing the person typed is lost.
    // "Agreed support" was written by the care coordinator, so a worker may change it directly.
    const helps = page.getByRole('region', { name: 'Agreed support' });
    await helps.getByRole('button', { name: /^Edit/ }).click();
    const mine = 'I will ring the team on Fridays if the week has been hard.';
    await helps.getByRole('textbox', { name: 'Agreed support', exact: true }).fill(mine);
    const worker = await newPage(browser, 'desktop');
    await signIn(worker.page, 'demo-worker');
    await openPlan(worker.page, me.personId!);
    const workerHelps = worker.page.getByRole('region', { name: 'Agreed support' });
    await workerHelps.getByRole('button', { name: /^Edit/ }).click();
    await workerHelps.getByRole('textbox', { name: 'Agreed support', exact: true }).fill('Walks help.');
    await workerHelps.getByRole('button', { name: 'Save' }).click();
    await workerHelps.getByText('saved.').waitFor();
    await worker.context.close();

    await helps.getByRole('button', { name: 'Save' }).click();
    await helps.getByRole('heading', { name: 'Someone else changed this section while you were writing' }).waitFor();
    expect(await helps.getByRole('textbox', { name: 'Your text' }).inputValue()).toBe(mine);
    await helps.getByText('Walks help.').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'care-plan-merge-phone');
    await helps.getByRole('textbox', { name: 'Your text' }).fill(`${mine} Walks help too.`);
    await helps.getByRole('button', { name: 'Keep mine and save' }).click();
    await helps.getByText(`${mine} Walks help too.`).waitFor();

    await page.getByRole('link', { name: 'Compare versions' }).click();
    await page.getByLabel('Later version').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'care-plan-compare-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  }, 120_000);
});
