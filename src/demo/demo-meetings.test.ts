import { describe, expect, it } from 'vitest';
import { toFeedbackPoints } from '../domain/feedback/feedback-entry';
import { feedbackAlerts } from '../domain/feedback/feedback-alerts';
import { scoreResponse } from '../domain/instruments/index';
import { actionReviewProblems } from '../domain/meetings/action-review';
import { agreedActionProblems } from '../domain/meetings/agreed-actions';
import { chosenAreaProblems } from '../domain/meetings/chosen-areas';
import {
  MEETING_FEEDBACK_INSTRUMENTS,
  MEETING_FEEDBACK_SCORE_ID,
  MEETING_RATINGS_INSTRUMENT,
} from '../domain/meetings/meeting-instruments';
import { ratedAreas } from '../domain/meetings/rated-areas';
import type { InstrumentResponseRecord } from '../services/instruments/ports';
import type { NewMeeting } from '../services/meetings/ports';
import { emptyChunk, type DemoChunk } from './demo-chunk';
import { generateDemoOrganisation, type DemoOptions } from './generate-demo-organisation';
import { AREA_TOPICS } from './meeting-topics';

const TODAY = new Date('2026-06-15T10:00:00Z');
const DAY_MS = 86_400_000;

function generateAll(options: DemoOptions): DemoChunk {
  const all = emptyChunk();
  for (const chunk of generateDemoOrganisation(options)) {
    for (const key of Object.keys(all) as (keyof DemoChunk)[]) (all[key] as unknown[]).push(...chunk[key]);
  }
  return all;
}

const demo = generateAll({ scale: 1, seed: 1, today: TODAY });
const contacts = new Map(demo.contacts.map((contact) => [contact.id, contact]));
const responses = new Map(demo.responses.map((response) => [response.id, response]));
const siteOfTeam = new Map(demo.teams.map((team) => [team.id, team.siteId]));
const siteOfPerson = new Map(demo.people.map((person) => [person.id, siteOfTeam.get(person.teamId)]));
const [firstSite, secondSite] = demo.sites.map((site) => site.id);
const accountOf = (username: string) => demo.accounts.find((account) => account.username === username);

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const dayOfMeeting = (entry: NewMeeting) => entry.meeting.occurredAt.toISOString().slice(0, 10);
const scoreOf = (response: InstrumentResponseRecord | undefined, scoreId: string) =>
  response?.scores.find((score) => score.scoreId === scoreId)?.value ?? null;

/** Each person's meetings, oldest first. */
function meetingsByPerson(meetings: readonly NewMeeting[]): Map<string, NewMeeting[]> {
  const byPerson = new Map<string, NewMeeting[]>();
  for (const entry of meetings) {
    const list = byPerson.get(entry.meeting.personId);
    if (list) list.push(entry);
    else byPerson.set(entry.meeting.personId, [entry]);
  }
  return byPerson;
}
const byPerson = meetingsByPerson(demo.meetings);

/** Relationship alerts on the demo worker's caseload today, as the alert rules see them. */
function demoWorkerAlerts(all: DemoChunk) {
  const workerId = all.accounts.find((account) => account.username === 'demo-worker')?.workerId;
  const caseload = all.memberships.filter(
    (m) => m.role === 'care_coordinator' && m.endsOn === null && m.workerId === workerId,
  );
  return caseload.flatMap((m) =>
    feedbackAlerts(toFeedbackPoints(all.feedback.filter((f) => f.personId === m.personId && f.workerId === workerId))),
  );
}

/** The actions the demo person's next meeting opens with. */
function demoPersonOpenActions(all: DemoChunk) {
  const personId = all.accounts.find((account) => account.username === 'demo-person')?.personId;
  return all.meetings
    .filter((entry) => entry.meeting.personId === personId)
    .flatMap((entry) => entry.actions.filter((a) => a.outcome === null));
}

describe('meetings in the demo organisation', () => {
  it('turns some meeting contacts led by the care coordinator into meetings, about every four to six weeks', () => {
    expect(demo.meetings.length).toBeGreaterThan(600);
    for (const { meeting } of demo.meetings) {
      const contact = contacts.get(meeting.id);
      expect(contact).toMatchObject({ kind: 'meeting', personId: meeting.personId, occurredAt: meeting.occurredAt });
      expect(contact?.workerIds[0]).toBe(meeting.leadWorkerId);
    }
    const gaps = [...byPerson.values()].flatMap((meetings) =>
      meetings
        .slice(1)
        .map(
          (entry, i) =>
            (entry.meeting.occurredAt.getTime() - (meetings[i]?.meeting.occurredAt.getTime() ?? 0)) / DAY_MS,
        ),
    );
    const median = gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0;
    expect(median).toBeGreaterThanOrEqual(28);
    expect(median).toBeLessThanOrEqual(42);
    const meetingContacts = demo.contacts.filter(
      (contact) => contact.kind === 'meeting' && contact.occurredAt >= demo.meetings[0]!.meeting.occurredAt,
    );
    expect(demo.meetings.length / meetingContacts.length).toBeLessThan(0.6);
  });

  it('rates every meeting in a way the instrument engine accepts, with the scores it computes', () => {
    for (const { meeting } of demo.meetings) {
      const ratings = responses.get(meeting.ratingsResponseId ?? '');
      expect(ratings).toMatchObject({
        purpose: 'meeting_ratings',
        meetingId: meeting.id,
        personId: meeting.personId,
        completedAt: meeting.occurredAt,
      });
      const rescored = scoreResponse(MEETING_RATINGS_INSTRUMENT, {
        instrumentId: ratings!.instrumentId,
        version: ratings!.version,
        answers: ratings!.answers,
      });
      expect(ratings?.scores).toEqual(rescored.scores);
    }
    // Ratings move from meeting to meeting rather than repeating.
    const qualityOfLife = demo.meetings.map(({ meeting }) =>
      scoreOf(responses.get(meeting.ratingsResponseId ?? ''), 'subjective-quality-of-life'),
    );
    expect(new Set(qualityOfLife).size).toBeGreaterThan(20);
  });

  it('rates treatment around 5 at one site and around 3 at the other', () => {
    const treatment = (siteId: string | undefined) =>
      mean(
        demo.responses
          .filter((r) => r.purpose === 'meeting_ratings' && siteOfPerson.get(r.personId) === siteId)
          .flatMap((r) => scoreOf(r, 'treatment-satisfaction') ?? []),
      );
    expect(treatment(firstSite)).toBeGreaterThan(4.6);
    expect(treatment(firstSite)).toBeLessThan(5.4);
    expect(treatment(secondSite)).toBeGreaterThan(2.6);
    expect(treatment(secondSite)).toBeLessThan(3.4);
  });

  it('chooses one to three areas, mostly the lowest rated, and agrees one or two actions the meeting screen would accept', () => {
    const areas = ratedAreas(MEETING_RATINGS_INSTRUMENT);
    let lowestFirst = 0;
    for (const entry of demo.meetings) {
      const chosen = entry.areas.map((area) => area.areaId);
      expect(chosen.length).toBeGreaterThanOrEqual(1);
      expect(chosenAreaProblems(areas, chosen)).toEqual([]);
      expect(entry.actions.length).toBeGreaterThanOrEqual(1);
      expect(entry.actions.length).toBeLessThanOrEqual(2);
      expect(agreedActionProblems(entry.actions, chosen, dayOfMeeting(entry))).toEqual([]);
      expect(entry.areas.every((area) => area.understanding !== null)).toBe(true);
      const values = responses
        .get(entry.meeting.ratingsResponseId ?? '')!
        .answers.flatMap((a) => (typeof a.value === 'number' ? [a.value] : []));
      const first = responses
        .get(entry.meeting.ratingsResponseId ?? '')!
        .answers.find((a) => a.itemId === chosen[0])?.value;
      if (first === Math.min(...values)) lowestFirst += 1;
    }
    expect(lowestFirst / demo.meetings.length).toBeGreaterThan(0.6);
    expect(new Set(demo.meetings.flatMap((entry) => entry.actions.map((action) => action.owner)))).toEqual(
      new Set(['person', 'worker', 'other']),
    );
  });

  it('marks every action at the next meeting, about 70% done and more often at one site, and leaves the latest open', () => {
    for (const meetings of byPerson.values()) {
      meetings.forEach((entry, index) => {
        const next = meetings[index + 1];
        if (!next) return expect(entry.actions.every((action) => action.outcome === null)).toBe(true);
        const reviews = entry.actions.map((action) => ({ actionId: action.id, outcome: action.outcome! }));
        expect(
          actionReviewProblems(
            entry.actions.map((action) => action.id),
            reviews,
          ),
        ).toEqual([]);
        expect(entry.actions.every((action) => action.reviewedInMeetingId === next.meeting.id)).toBe(true);
      });
    }
    const doneShare = (siteId?: string) => {
      const reviewed = demo.meetings
        .flatMap((e) => e.actions)
        .filter((a) => a.outcome !== null && (!siteId || siteOfPerson.get(a.personId) === siteId));
      return reviewed.filter((action) => action.outcome === 'done').length / reviewed.length;
    };
    expect(doneShare()).toBeGreaterThan(0.62);
    expect(doneShare()).toBeLessThan(0.8);
    expect(doneShare(firstSite)).toBeGreaterThan(doneShare(secondSite) + 0.08);
  });

  it('has conversations for every rated area, hard and going well, in plain, respectful words', () => {
    const areaIds = ratedAreas(MEETING_RATINGS_INSTRUMENT).map((area) => area.id);
    expect(Object.keys(AREA_TOPICS).sort()).toEqual([...areaIds].sort());
    const stories = Object.values(AREA_TOPICS).flatMap((topic) => [...topic.hard, topic.goingWell]);
    const words = stories.flatMap((story) => [
      story.understanding,
      story.lookingForward,
      story.exploringOptions,
      ...story.actions.flatMap((idea) => [idea.description, idea.note, idea.ownerName ?? '']),
    ]);
    expect(words.filter((text) => /patient|compliant|compliance/i.test(text))).toEqual([]);
    expect(
      stories
        .flatMap((story) => story.actions)
        .every((idea) => (idea.owner === 'other') === (idea.ownerName !== undefined)),
    ).toBe(true);
  });

  it('gives the demo person a meeting two days ago with two open actions, after earlier rated meetings', () => {
    const meetings = byPerson.get(accountOf('demo-person')?.personId ?? '') ?? [];
    expect(meetings.length).toBeGreaterThanOrEqual(3);
    const latest = meetings.at(-1)!;
    expect(latest.meeting.occurredAt.toISOString().slice(0, 10)).toBe('2026-06-13');
    expect(latest.actions).toHaveLength(2);
    expect(latest.actions.every((action) => action.outcome === null)).toBe(true);
    // Their ratings rise over the months, so their chart shows things getting better.
    const quality = meetings.map(
      ({ meeting }) => scoreOf(responses.get(meeting.ratingsResponseId ?? ''), 'subjective-quality-of-life') ?? 0,
    );
    expect(mean(quality.slice(-2))).toBeGreaterThan(mean(quality.slice(0, 2)) + 0.5);
  });
});

describe('relationship feedback in the demo organisation', () => {
  const person = demo.feedback.filter((f) => f.respondent === 'person');
  const worker = demo.feedback.filter((f) => f.respondent === 'worker');

  it('has the person’s feedback after about 60% of meetings and the worker’s view after about 80%', () => {
    expect(person.length / demo.meetings.length).toBeGreaterThan(0.5);
    expect(person.length / demo.meetings.length).toBeLessThan(0.7);
    expect(worker.length / demo.meetings.length).toBeGreaterThan(0.7);
    expect(worker.length / demo.meetings.length).toBeLessThan(0.9);
  });

  it('scores every form with the instrument engine and keeps the overall score beside it', () => {
    for (const entry of demo.feedback) {
      const response = responses.get(entry.responseId)!;
      const definition = MEETING_FEEDBACK_INSTRUMENTS[entry.respondent];
      const rescored = scoreResponse(definition, {
        instrumentId: response.instrumentId,
        version: response.version,
        answers: response.answers,
      });
      expect(response).toMatchObject({
        purpose: `${entry.respondent}_feedback`,
        meetingId: entry.meetingId,
        completedAt: entry.givenAt,
      });
      expect(entry.score).toBe(rescored.scores.find((score) => score.scoreId === MEETING_FEEDBACK_SCORE_ID)?.value);
      expect(contacts.get(entry.meetingId)?.workerIds[0]).toBe(entry.workerId);
      expect(entry.givenAt.getTime()).toBeGreaterThan(entry.meetingOccurredAt.getTime());
      expect(entry.givenAt.getTime()).toBeLessThan(Date.UTC(2026, 5, 15));
    }
  });

  it('has higher feedback at one site (about 4.3) than at the other (about 3.6)', () => {
    const siteMean = (siteId?: string) =>
      mean(person.filter((f) => siteOfPerson.get(f.personId) === siteId).map((f) => f.score ?? 0));
    expect(siteMean(firstSite)).toBeGreaterThan(4.05);
    expect(siteMean(firstSite)).toBeLessThan(4.55);
    expect(siteMean(secondSite)).toBeGreaterThan(3.35);
    expect(siteMean(secondSite)).toBeLessThan(3.85);
  });

  it('lets about 40% of people, the demo person among them, share each answer; the rest keep the aggregate default', () => {
    const individual = new Set(demo.feedbackPreferences.map((preference) => preference.personId));
    expect(demo.feedbackPreferences.every((preference) => preference.visibility === 'individual')).toBe(true);
    expect(individual.size / demo.people.length).toBeGreaterThan(0.3);
    expect(individual.size / demo.people.length).toBeLessThan(0.5);
    expect(individual.has(accountOf('demo-person')?.personId ?? '')).toBe(true);
    expect(person.every((f) => f.visibility === (individual.has(f.personId) ? 'individual' : 'aggregate'))).toBe(true);
    expect(worker.every((f) => f.visibility === null)).toBe(true);
  });

  it('raises alerts on a few current relationships, at least one on the demo worker’s caseload', () => {
    const current = demo.memberships.filter((m) => m.role === 'care_coordinator' && m.endsOn === null);
    const alerted = current.filter(
      (m) =>
        feedbackAlerts(
          toFeedbackPoints(demo.feedback.filter((f) => f.personId === m.personId && f.workerId === m.workerId)),
        ).length > 0,
    );
    // About 3 in 100: answers kept for the average no longer raise alerts of their own, only their block averages do.
    expect(alerted.length / current.length).toBeGreaterThan(0.02);
    expect(alerted.length / current.length).toBeLessThan(0.2);
    expect(demoWorkerAlerts(demo).length).toBeGreaterThanOrEqual(1);
  });

  it('keeps an alert for the demo worker and open actions for the demo person on other days and seeds', () => {
    for (const options of [
      { seed: 1, today: new Date('2025-11-03T08:00:00Z') },
      { seed: 7, today: new Date('2027-02-20T12:00:00Z') },
    ]) {
      const other = generateAll({ scale: 1, ...options });
      expect(demoWorkerAlerts(other).length).toBeGreaterThanOrEqual(1);
      expect(demoPersonOpenActions(other)).toHaveLength(2);
    }
  }, 30_000);
});
