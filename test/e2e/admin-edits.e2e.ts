import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './support/api';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

interface Organisation {
  teams: { id: string; name: string }[];
  workers: { id: string; name: string; profession: string; version: number }[];
}

describe('administrators change workers, carers and how teams are reached', () => {
  it('changes a worker, is told when someone else changed them first, and sets a team’s phone and hours', async () => {
    const admin = await apiAs('demo-admin');
    const { teams } = await admin.get<Organisation>('/admin/organisation');
    const team = teams.at(-1)!;
    const name = `Edit Journey ${Date.now()}`;
    const created = await admin.post<{ id: string }>('/admin/workers', {
      name,
      profession: 'Social worker',
      teamId: team.id,
    });

    const { context, page } = await newPage(browser, 'desktop');
    await signIn(page, 'demo-admin');
    await page.goto('/admin/workers');
    await page.getByLabel('Find a worker').fill(name);
    await page.getByRole('button', { name: `Change ${name}` }).click();
    const form = page.getByRole('form', { name: `Change ${name}` });
    await form.getByLabel('Work phone').fill('01632 960 123');
    await expect(form.getByText('13 of 40 characters').count()).resolves.toBe(1);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('The worker’s details were saved.').waitFor();
    await page.getByRole('cell', { name: name }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'admin-worker-edit');

    // Someone else saves a change while this form is open: saving again is refused, not overwritten.
    const { workers } = await admin.get<Organisation>('/admin/organisation');
    const current = workers.find((worker) => worker.id === created.id)!;
    await admin.put(`/admin/workers/${created.id}`, {
      version: current.version,
      name,
      profession: 'Senior social worker',
      teamId: team.id,
    });
    await form.getByLabel('Profession').fill('Team leader');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText(/Someone else changed this worker while you were editing/).waitFor();
    const after = (await admin.get<Organisation>('/admin/organisation')).workers;
    expect(after.find((worker) => worker.name === name)?.profession).toBe('Senior social worker');

    await page.goto('/admin/teams');
    await page.getByRole('button', { name: `Change phone and hours of ${team.name}` }).click();
    const contact = page.getByRole('form', { name: `How people reach ${team.name}` });
    await contact.getByLabel('Phone').fill('01632 960 555');
    await contact.getByLabel('Hours the team answers').fill('Monday to Friday, 9am to 5pm');
    await contact.getByRole('button', { name: 'Save phone and hours' }).click();
    await contact.getByText(/The team’s phone and hours were saved/).waitFor();
    await page.getByRole('cell', { name: '01632 960 555' }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });
});
