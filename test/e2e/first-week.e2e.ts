import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './support/api';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn } from './support/browser';

// What a service's first week found: errors that name fields as each form labels them, and
// administrators' edits of team contacts and carers that never overwrite one another.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

interface Organisation {
  teams: { id: string; name: string; version: number; phone: string | null; serviceHours: string | null }[];
  people: { id: string; name: string }[];
  carers: {
    id: string;
    name: string;
    phone: string | null;
    version: number;
    relationships: { personId: string; relationship: string }[];
  }[];
}

// An invisible control character: the server refuses it, the browser lets it through, so the
// error the person sees is the server's, named by the form.
const BELL = 'I would like to talk about work\u0007';

async function expectAlert(page: Page, text: RegExp): Promise<void> {
  await page.getByRole('alert').filter({ hasText: text }).first().waitFor();
}

describe('the first week: words and edits', () => {
  it('names the same field "text" as each form labels it: the message box and a care-plan section', async () => {
    const person = await apiAs('demo-person');
    const { me } = await person.get<{ me: { personId: string } }>('/me');
    const { context, page } = await newPage(browser, 'phone');
    await signIn(page, 'demo-person');

    await page.goto(`/people/${me.personId}/messages`);
    const message = page.getByLabel('Your message to your care team');
    await message.fill(BELL);
    await page.getByRole('button', { name: 'Send message' }).click();
    await expectAlert(
      page,
      /^Message not sent\s*Your message to your care team: contains an invisible control character/,
    );
    expect(await message.inputValue()).toBe(BELL);
    await expectNoAxeViolations(page);

    await page.goto(`/people/${me.personId}/care-plan`);
    await page.getByRole('button', { name: 'Edit About me' }).click();
    const editor = page.getByRole('form', { name: 'Edit About me' });
    const aboutMe = editor.getByLabel('About me');
    const before = await aboutMe.inputValue();
    await aboutMe.fill(`${before} ${BELL}`);
    // The limit is shown as the person types.
    await editor.getByText(/ of [\d,]+ characters/).waitFor();
    await editor.getByRole('button', { name: 'Save' }).click();
    await expectAlert(page, /About me: contains an invisible control character/);
    const alert = await page
      .getByRole('alert')
      .filter({ hasText: /control character/ })
      .first()
      .textContent();
    expect(alert).not.toMatch(/Text:|body\.|The section’s text/);
    await expectNoAxeViolations(page);
    await screenshot(page, 'first-week-section-error-phone');
    await context.close();
  });

  it('shows an administrator the phone and hours someone else saved first, and keeps what they typed', async () => {
    const admin = await apiAs('demo-admin');
    const { teams } = await admin.get<Organisation>('/admin/organisation');
    const team = teams[0]!;
    const { context, page } = await newPage(browser, 'desktop');
    await signIn(page, 'demo-admin');
    await page.goto('/admin/teams');
    await page.getByRole('button', { name: `Change phone and hours of ${team.name}` }).click();
    const form = page.getByRole('form', { name: `How people reach ${team.name}` });
    await form.getByLabel('Phone').fill('01632 960 701');

    // Another administrator saves first.
    await admin.put(`/admin/teams/${team.id}/contact`, {
      version: team.version,
      phone: '01632 960 702',
      serviceHours: 'Weekdays, 8am to 8pm',
    });
    await form.getByRole('button', { name: 'Save phone and hours' }).click();
    await form.getByText(/Someone else changed this team’s phone number or hours/).waitFor();
    await form.getByText('Saved by someone else').waitFor();
    await form.getByText('Weekdays, 8am to 8pm').waitFor();
    expect(await form.getByLabel('Phone').inputValue()).toBe('01632 960 701');
    let saved = (await admin.get<Organisation>('/admin/organisation')).teams.find((t) => t.id === team.id)!;
    expect(saved.phone).toBe('01632 960 702');
    await expectNoAxeViolations(page);
    await screenshot(page, 'first-week-team-conflict');

    // Having seen theirs, saving again puts this one in their place.
    await form.getByRole('button', { name: 'Save phone and hours' }).click();
    await form.getByText(/The team’s phone and hours were saved/).waitFor();
    saved = (await admin.get<Organisation>('/admin/organisation')).teams.find((t) => t.id === team.id)!;
    expect(saved.phone).toBe('01632 960 701');
    await context.close();
  });

  it('changes a carer’s relationship to the person they support, and refuses a stale change', async () => {
    const admin = await apiAs('demo-admin');
    const organisation = await admin.get<Organisation>('/admin/organisation');
    const carer = organisation.carers.find((c) => c.relationships.length > 0)!;
    const link = carer.relationships[0]!;
    const personName = organisation.people.find((p) => p.id === link.personId)!.name;
    const { context, page } = await newPage(browser, 'phone');
    await signIn(page, 'demo-admin');
    await page.goto('/admin/carers');
    await page.getByLabel('Find a carer').fill(carer.name);
    await page.getByRole('button', { name: `Change ${carer.name}` }).click();
    const form = page.getByRole('form', { name: `Change ${carer.name}` });
    const relationship = form.getByLabel(`Relationship to ${personName}`);
    expect(await relationship.inputValue()).toBe(link.relationship);
    await relationship.fill('Step-parent');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('The carer’s details were saved.').waitFor();
    const after = (await admin.get<Organisation>('/admin/organisation')).carers.find((c) => c.id === carer.id)!;
    expect(after.relationships.find((r) => r.personId === link.personId)?.relationship).toBe('Step-parent');

    await admin.put(`/admin/carers/${carer.id}`, {
      version: after.version,
      name: after.name,
      phone: after.phone,
      relationships: [{ personId: link.personId, relationship: 'Guardian' }],
    });
    await relationship.fill('Aunt');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText(/Someone else changed this carer while you were editing/).waitFor();
    await form.getByText('Guardian').waitFor();
    expect(await relationship.inputValue()).toBe('Aunt');
    await expectNoAxeViolations(page);
    await screenshot(page, 'first-week-carer-conflict-phone');
    await context.close();
  });

  it('puts each site comparison in plain words first on the manager’s dashboard, at desktop and phone width', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, 'demo-manager');
      await page.goto('/dashboard');
      const words = page.getByText(/^(The sites differ|No clear difference between the sites)/).first();
      await words.waitFor();
      // The test's name is there for those who open it, not before the words.
      expect(
        await page
          .getByText(/Kruskal–Wallis H =/)
          .first()
          .isVisible(),
      ).toBe(false);
      await expectNoAxeViolations(page);
      await screenshot(page, `first-week-dashboard-${viewport}`);
      await context.close();
    }
  });
});
