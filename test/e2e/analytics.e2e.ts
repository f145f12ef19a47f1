import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ContinuityDashboardResponse,
  PersonContinuityResponse,
  ServiceFiguresResponse,
} from '../../src/shared/api/analytics.responses';
import type { MeResponseShape } from './support/types';
import { apiAs } from './support/api';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Clicks a download link and returns the file's lines (the empty last line left out). */
async function downloadLines(page: Page, linkName: RegExp): Promise<{ download: Download; lines: string[] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: linkName }).click(),
  ]);
  const path = await download.path();
  const lines = (await readFile(path, 'utf8')).split(/\r?\n/).filter((line) => line !== '');
  return { download, lines };
}

/** Opens the "as a table" alternative of a chart and returns the table. */
async function chartTable(page: Page, chartName: RegExp) {
  const figure = page.getByRole('figure', { name: chartName });
  await figure.getByText('Show these figures as a table').click();
  return figure.getByRole('table');
}

describe('continuity analytics journeys', () => {
  it('a manager filters the dashboard to their site, reads the charts and their tables, and downloads a CSV', async () => {
    const manager = await apiAs('demo-manager');
    const expected = await manager.get<ContinuityDashboardResponse>('/analytics/continuity');
    const site = expected.site!;

    const { context, page } = await newPage(browser, 'desktop');
    await signIn(page, 'demo-manager');
    await page.getByRole('link', { name: 'Continuity dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Continuity dashboard' }).waitFor();
    // Care coordinators are named beside their caseloads, so the page must not claim that nobody is.
    expect(await page.getByText(/nobody is named/i).count()).toBe(0);

    await page.getByRole('combobox', { name: 'Site' }).selectOption({ label: site.name });
    await page.getByRole('link', { name: 'the last 6 months' }).click();
    await page.getByRole('combobox', { name: 'Site' }).selectOption({ label: site.name });
    await page.getByRole('button', { name: 'Show figures' }).click();
    await page.waitForURL((url) => url.searchParams.get('siteId') === site.id && url.searchParams.has('from'));
    const from = new URL(page.url()).searchParams.get('from')!;
    const to = new URL(page.url()).searchParams.get('to')!;

    // A reload keeps the filters: the same period is shown and the same site chosen.
    await page.reload();
    await page.getByRole('heading', { level: 3, name: 'Usual provider (most seen)' }).waitFor();
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe(from);
    expect(await page.getByRole('combobox', { name: 'Site' }).inputValue()).toBe(site.id);

    // Box plots for every group, with the same figures in a table for screen readers.
    const upc = page.getByRole('figure', { name: /^Usual provider \(most seen\)/ });
    await upc.waitFor();
    expect(await upc.locator('svg').getAttribute('aria-hidden')).toBe('true');
    const table = await chartTable(page, /^Usual provider \(most seen\)/);
    const rowHeaders = await table.getByRole('rowheader').allTextContents();
    expect(rowHeaders.some((text) => text.startsWith('Everyone'))).toBe(true);
    for (const team of expected.byTeam) expect(rowHeaders.some((text) => text.startsWith(team.teamName))).toBe(true);
    expect(rowHeaders.some((text) => text.startsWith(site.name) && text.includes('Sites'))).toBe(true);
    // Each test is said in plain words; its name and figures follow for whoever opens them.
    await page
      .getByText(/^(The sites differ|No clear difference between the sites)/)
      .first()
      .waitFor();
    await page.getByText('The test’s figures').first().click();
    await page
      .getByText(/Kruskal–Wallis H = \d+\.\d\d, df = 1, p/)
      .first()
      .waitFor();
    await page.getByText('The test behind this, and its figures').click();
    await page.getByRole('table', { name: 'Differences between sites, measure by measure' }).waitFor();
    const reviews = await chartTable(page, /^Reviews due in the period/);
    await reviews.getByRole('rowheader', { name: expected.team!.name }).waitFor();
    // Relationship feedback and quality of life by site and team, with the tests in words.
    const feedback = await chartTable(page, /^People’s feedback on their meetings/);
    expect((await feedback.getByRole('rowheader').allTextContents()).some((text) => text.startsWith(site.name))).toBe(
      true,
    );
    await page.getByRole('figure', { name: /^Satisfaction with life, eight areas/ }).waitFor();
    await page.getByText(/^Feedback and satisfaction with life: .*Spearman’s rho = -?\d\.\d\d/).waitFor();
    await page.getByText(/^(Of [\d,]+ people rated at two or more meetings|Too few people were rated)/).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'dashboard-desktop');

    const { download, lines } = await downloadLines(page, /Continuity summary \(CSV\)/);
    expect(download.suggestedFilename()).toBe(`tandem-continuity-summary-${from}-to-${to}.csv`);
    expect(lines[0]).toBe('group,group_id,group_name,people,people_with_contacts,measure,n,mean,median,q1,q3,min,max');
    expect(lines.length).toBeGreaterThan(9);
    expect(lines.some((line) => line.startsWith(`overall,${expected.team!.id},`))).toBe(true);
    await context.close();
  });

  it('the dashboard works and passes axe on a phone', async () => {
    const { context, page } = await newPage(browser, 'phone');
    await signIn(page, 'demo-manager');
    await page.goto('/dashboard');
    await page.getByRole('figure', { name: /^Care coordinator changes/ }).waitFor();
    await page.getByRole('figure', { name: /^People per care coordinator/ }).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page);
    await screenshot(page, 'dashboard-phone');
    await context.close();
  });

  it('a manager reads planned and unplanned changes of care coordinator by team, with the notice people had', async () => {
    const manager = await apiAs('demo-manager');
    const expected = await manager.get<ServiceFiguresResponse>('/analytics/service-figures');
    for (const viewport of ['desktop', 'phone'] as const) {
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, 'demo-manager');
      await page.goto('/dashboard');
      const chart = await chartTable(page, /^Changes of care coordinator in the period, planned and unplanned/);
      for (const team of expected.byTeam) await chart.getByRole('rowheader', { name: team.teamName }).waitFor();
      const table = page.getByRole('table', { name: 'Changes of care coordinator and the notice people had, by team' });
      const ownTeam = expected.byTeam.find((team) => team.teamId === expected.team?.id)!;
      const row = table.getByRole('row', { name: new RegExp(`^${ownTeam.teamName}`) });
      const cells = await row.getByRole('cell').allTextContents();
      expect(cells.slice(0, 2)).toEqual([
        String(ownTeam.coordinatorChanges.planned),
        String(ownTeam.coordinatorChanges.unplanned),
      ]);
      await page.getByText(/changes of care coordinator were planned with the person$/).waitFor();
      if (viewport === 'phone')
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectNoAxeViolations(page);
      await screenshot(page, `dashboard-coordinator-changes-${viewport}`);
      await context.close();
    }
    // The demo plans the changes made because a worker left, so the service has planned changes with notice.
    const all = expected.byTeam.reduce((sum, team) => sum + team.coordinatorChanges.planned, 0);
    expect(all).toBeGreaterThan(0);
  });

  it('a person sees their own continuity in plain words on their page', async () => {
    const person = await apiAs('demo-person');
    const { me } = await person.get<MeResponseShape>('/me');
    const continuity = await person.get<PersonContinuityResponse>(`/people/${me.personId}/continuity`);
    expect(continuity.sentences[0]).toMatch(/care coordinators? in the last 12 months\.$/);

    for (const viewport of ['desktop', 'phone'] as const) {
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, 'demo-person');
      const section = page.getByRole('region', { name: 'Who you see' });
      for (const sentence of continuity.sentences) await section.getByText(sentence, { exact: true }).waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, `my-continuity-${viewport}`);
      await context.close();
    }
  });

  it('a researcher downloads a pseudonymised data set with no names in it', async () => {
    const manager = await apiAs('demo-manager');
    const { byWorker } = await manager.get<ServiceFiguresResponse>('/analytics/service-figures');
    expect(byWorker.length).toBeGreaterThan(0);

    for (const viewport of ['desktop', 'phone'] as const) {
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, 'demo-researcher');
      await page.getByRole('heading', { name: 'Pseudonymised data for research' }).waitFor();
      await page.getByText(/stays the same in every download/).waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, `research-exports-${viewport}`);
      if (viewport === 'desktop') {
        const { lines } = await downloadLines(page, /Contacts \(CSV\)/);
        expect(lines[0]).toBe(
          'person,team,site,workers,occurred_at,duration_minutes,admin_minutes,mode,kind,beyond_routine',
        );
        expect(lines.length).toBeGreaterThan(1);
        expect(lines[1]).toMatch(/^P[0-9a-f]+,T[0-9a-f]+,S[0-9a-f]+,W[0-9a-f]+/);
        const text = lines.join('\n');
        for (const worker of byWorker) expect(text).not.toContain(worker.workerName);
      }
      await context.close();
    }
  });
});
