import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseloadAlertsResponse, RelationshipFeedbackResponse } from '../../src/shared/api/feedback.responses';
import type { MeetingOpeningResponse } from '../../src/shared/api/meetings.responses';
import { formatDate } from '../../src/web/ui/format/format-date';
import type { MeResponseShape } from './support/types';
import { apiAs } from './support/api';
import { join } from 'node:path';
import { expectNoAxeViolations, launchBrowser, newPage, SCREENSHOTS, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const SIZES = ['tablet', 'phone'] as const;

async function demoPersonId(): Promise<string> {
  const person = await apiAs('demo-person');
  const { me } = await person.get<MeResponseShape>('/me');
  return me.personId!;
}

const next = (page: Page) => page.getByRole('button', { name: 'Next' }).click();
const stepHeading = (page: Page, n: number) =>
  page.getByRole('heading', { level: 2, name: new RegExp(`Step ${n} of 6`) }).waitFor();

/** Runs one whole meeting through the screen and returns the two actions it agreed. */
async function runMeeting(
  page: Page,
  personId: string,
  size: string,
  opening: MeetingOpeningResponse,
  expectedOpen: string[],
): Promise<string[]> {
  await page.goto(`/people/${personId}`);
  await page.getByRole('link', { name: /Start a meeting/ }).click();
  await stepHeading(page, 1);

  // (a) What was agreed last time opens the meeting.
  for (const description of expectedOpen) await page.getByRole('group', { name: description }).waitFor();
  for (const group of await page.locator('form fieldset').all()) await group.getByText('Done', { exact: true }).click();
  await screenshot(page, `meeting-review-${size}`);
  await next(page);

  // (b) Ratings: every area, with "more help?" answered.
  await stepHeading(page, 2);
  await expectNoAxeViolations(page);
  for (const [index, area] of opening.areas.entries()) {
    const group = page.getByRole('group', { name: area.label, exact: true });
    await group
      .locator('label')
      .nth(index % 7)
      .click();
    await page
      .getByRole('group', { name: `${area.label}: do you want more help with this?` })
      .getByText(index % 2 ? 'Yes' : 'No', { exact: true })
      .click();
  }
  await screenshot(page, `meeting-ratings-${size}`);
  await next(page);

  // (c) Three areas; a fourth is refused in words.
  await stepHeading(page, 3);
  const chosen = opening.areas.slice(0, 3);
  for (const area of chosen) await page.getByRole('checkbox', { name: new RegExp(area.label) }).click();
  await page.getByRole('checkbox', { name: new RegExp(opening.areas[3]!.label) }).click();
  await page
    .getByRole('alert')
    .getByText(/up to 3 areas/)
    .waitFor();
  expect(await page.getByRole('checkbox', { name: new RegExp(opening.areas[3]!.label) }).isChecked()).toBe(false);
  await expectNoAxeViolations(page);
  await screenshot(page, `meeting-areas-${size}`);
  await next(page);

  // (d) Four steps for each chosen area.
  await stepHeading(page, 4);
  for (const area of chosen) {
    for (const step of ['understanding', 'looking forward', 'exploring options', 'agreeing actions']) {
      await page.getByLabel(`${area.label}: ${step}`).fill(`${step} about ${area.label.toLowerCase()} (${size})`);
    }
  }
  await next(page);

  // (e) Two actions, one for the person and one for someone else.
  await stepHeading(page, 5);
  const actions = [
    `Phone the housing office (${size} ${Date.now()})`,
    `Sam brings the bus timetable (${size} ${Date.now()})`,
  ];
  await page.getByRole('button', { name: 'Add an action' }).click();
  await page.getByRole('group', { name: 'Action 1: who will do it' }).getByText('The person').click();
  await page.getByLabel('Action 1: what will be done').fill(actions[0]!);
  await page.getByLabel('Action 1: by when').fill('2026-12-20');
  await page.getByRole('button', { name: 'Add an action' }).click();
  await page.getByRole('group', { name: 'Action 2: who will do it' }).getByText('Someone else').click();
  await page.getByLabel('Action 2: their name').fill('Sam');
  await page.getByLabel('Action 2: what will be done').fill(actions[1]!);
  await expectNoAxeViolations(page);
  await screenshot(page, `meeting-actions-${size}`);
  await next(page);

  // (f) About the meeting, then save.
  await stepHeading(page, 6);
  await page.getByRole('button', { name: '45 min' }).click();
  await page.getByRole('group', { name: 'Where or how' }).getByText('Out in the community').click();
  const note = `Met at the café by the park (${size})`;
  await page.getByLabel(/Went beyond routine/).fill(note);
  await page.getByRole('button', { name: 'Save meeting' }).click();
  const saved = page.getByRole('heading', { name: 'Meeting saved' });
  await saved.or(page.getByText('The meeting was not saved')).waitFor();
  if (!(await saved.isVisible()))
    throw new Error(`The meeting was not saved: ${await page.locator('form').innerText()}`);
  await page.getByRole('heading', { name: /How was our meeting/ }).waitFor();
  await expectNoAxeViolations(page);
  await screenshot(page, `meeting-saved-${size}`);

  if (size === 'tablet') {
    // The person answers on the device, then hands it back for the worker's own view on the same screen.
    const theirs = page.getByRole('form', { name: /your view\)/ });
    await answerEveryScale(theirs, 3);
    // Shown straight away, so that alerts on later answers can say what changed.
    await theirs.getByText('Show my answers to my worker now').click();
    await theirs.getByRole('button', { name: 'Send feedback' }).click();
    await page.getByRole('button', { name: 'Done' }).click();
    const own = page.getByRole('form', { name: /worker view\)/ });
    await answerEveryScale(own, 2);
    await expectNoAxeViolations(page);
    await screenshot(page, `meeting-worker-feedback-${size}`);
    await own.getByRole('button', { name: 'Save my view' }).click();
    await page.getByText(/Your view of the meeting is saved/).waitFor();
    await page.getByRole('link', { name: 'Back to the record' }).click();
  } else {
    // The person answers later from their own account (the next journey); the worker gives their view from the record.
    await page.getByRole('link', { name: /Not now/ }).click();
  }
  await page.getByRole('heading', { level: 2, name: 'Meetings', exact: true }).waitFor();
  await page.getByText(note).first().waitFor();
  await page.getByRole('table', { name: /Ratings from 1/ }).waitFor();
  await page.getByRole('table', { name: /How meetings between .* went, from each side/ }).waitFor();
  if (size !== 'tablet') {
    await page
      .getByRole('button', { name: /Give your view of the meeting on/ })
      .first()
      .click();
    const own = page.getByRole('form', { name: /worker view\)/ });
    await answerEveryScale(own, 3);
    await expectNoAxeViolations(page);
    await screenshot(page, `person-worker-feedback-form-${size}`);
    await own.screenshot({ path: join(SCREENSHOTS, `person-worker-feedback-form-detail-${size}.png`) });
    await own.getByRole('button', { name: 'Save my view' }).click();
    await page.getByText(/Your view of the meeting on .* is saved/).waitFor();
  }
  await expectNoAxeViolations(page);
  await screenshot(page, `person-meetings-${size}`);
  return actions;
}

/** Clicks the n-th point (0-based) of every rating scale in a form; "rushed" is worded the other way round, so it is mirrored. */
async function answerEveryScale(form: ReturnType<Page['getByRole']>, point: number): Promise<void> {
  await form.waitFor();
  for (const group of await form.locator('fieldset.rating-scale').all()) {
    const legend = (await group.locator('legend').textContent()) ?? '';
    await group
      .locator('label')
      .nth(/rushed/.test(legend) ? 4 - point : point)
      .click();
  }
}

describe('meeting journeys', () => {
  it('a worker runs two meetings: the second opens with the actions agreed at the first', async () => {
    const personId = await demoPersonId();
    const worker = await apiAs('demo-worker');
    let agreed: string[] = [];
    for (const size of SIZES) {
      const opening = await worker.get<MeetingOpeningResponse>(`/people/${personId}/meetings/opening`);
      const { context, page } = await newPage(browser, size);
      await signIn(page, 'demo-worker');
      agreed = await runMeeting(page, personId, size, opening, agreed);
      await context.close();
    }
  }, 240_000);

  it('the person gives low feedback from their own account, shown to the worker, and it raises an alert on the caseload', async () => {
    const personId = await demoPersonId();
    const person = await apiAs('demo-person');
    const worker = await apiAs('demo-worker');
    // The meeting the first invitation is for (newest first), and the alerts about it before any feedback.
    const { invitations } = await person.get<RelationshipFeedbackResponse>(`/people/${personId}/feedback`);
    const invited = invitations[0]!;
    const alertsFor = async () =>
      (await worker.get<CaseloadAlertsResponse>('/caseload/alerts')).alerts.filter(
        (alert) => alert.personId === personId && alert.meetingId === invited.meetingId,
      );
    expect(await alertsFor()).toEqual([]);
    const meetingDate = formatDate(invited.occurredAt.slice(0, 10));
    // On the caseload: this person's one alert for that meeting's date, naming the low score, whatever other alerts the demo holds.
    const alertItems = (page: Page) =>
      page.getByRole('region', { name: 'Relationship feedback needs attention' }).locator('.alert-list > li');
    const newAlert = (page: Page) =>
      alertItems(page)
        .filter({ has: page.getByRole('link', { name: /Jordan Meadows/ }) })
        .filter({ hasText: `About the meeting on ${meetingDate}` })
        .filter({ hasText: /Feedback was 1, below 3/ });
    const before = await newPage(browser, 'tablet');
    await signIn(before.page, 'demo-worker');
    // The demo always gives its worker an alert (about whichever person, depending on the day it was
    // loaded), so the list is there; the new one is not yet.
    await alertItems(before.page).first().waitFor();
    expect(await newAlert(before.page).count()).toBe(0);
    await before.context.close();

    const { context, page } = await newPage(browser, 'phone');
    await signIn(page, 'demo-person');
    await page.getByRole('heading', { name: 'How your meetings went' }).waitFor();
    await page
      .getByRole('button', { name: `Give feedback on the meeting with ${invited.workerName}` })
      .first()
      .click();
    const form = page.getByRole('form', { name: /How was our meeting/ });
    // Low throughout ("rushed" answered "Completely").
    await answerEveryScale(form, 0);
    await form.getByText('Show my answers to my worker now').click();
    await expectNoAxeViolations(page);
    await screenshot(page, 'my-feedback-form-phone');
    await form.getByRole('button', { name: 'Send feedback' }).click();
    await page.getByText(/Thank you. Your feedback on the meeting with .* is saved/).waitFor();
    await screenshot(page, 'my-feedback-saved-phone');
    await context.close();

    const forMeeting = await alertsFor();
    // One alert for the meeting, naming every reason that applies.
    expect(forMeeting).toHaveLength(1);
    expect(forMeeting[0]!.reasons.map((r) => r.reason)).toContain('low');
    const { alerts: allAlerts } = await worker.get<CaseloadAlertsResponse>('/caseload/alerts');
    for (const size of SIZES) {
      const { context: workerContext, page: workerPage } = await newPage(browser, size);
      await signIn(workerPage, 'demo-worker');
      await newAlert(workerPage).first().waitFor();
      expect(await newAlert(workerPage).count()).toBe(1);
      // The list and its count show exactly the alerts there are: one per meeting.
      expect(await alertItems(workerPage).count()).toBe(allAlerts.length);
      await workerPage
        .getByRole('heading', {
          name: `Relationship feedback needs attention (${allAlerts.length === 1 ? '1 alert' : `${allAlerts.length} alerts`})`,
        })
        .waitFor();
      await expectNoAxeViolations(workerPage);
      await screenshot(workerPage, `caseload-alerts-${size}`);
      // On the person's record the worker sees the answer the person chose to show, beside their own view.
      await workerPage.goto(`/people/${personId}`);
      const trend = workerPage.getByRole('table', { name: /How meetings between .* went, from each side/ });
      await trend.getByRole('row').filter({ hasText: meetingDate }).filter({ hasText: '1.0' }).first().waitFor();
      await expectNoAxeViolations(workerPage);
      await screenshot(workerPage, `person-feedback-trend-${size}`);
      await workerPage
        .locator('.feedback-trend')
        .first()
        .screenshot({ path: join(SCREENSHOTS, `person-feedback-trend-detail-${size}.png`) });
      await workerContext.close();
    }
  }, 240_000);
});
