import { describe, expect, it } from 'vitest';
import { buildAnalyticsWorld, QUARTER } from '../../test/support/analytics-world';
import { type TestDatabase, useTestDatabase } from '../../test/support/test-database';
import { sql } from 'drizzle-orm';
import { rawRows } from '../storage/raw-rows';
import { createPseudonymiser, MAX_SHIFT_DAYS, shiftDate } from './pseudonymiser';
import { newId } from '../services/new-id';
import {
  queryPseudonymisedCareTeamPeriods,
  queryPseudonymisedContacts,
  queryPseudonymisedFeedback,
  queryPseudonymisedRatings,
} from './pseudonymised-export';

let t: TestDatabase;
let world: Awaited<ReturnType<typeof buildAnalyticsWorld>>;
useTestDatabase(async (opened) => {
  t = opened;
  world = await buildAnalyticsWorld(t);
});

describe('createPseudonymiser', () => {
  const secret = Buffer.alloc(32, 7);

  it('gives the same pseudonym for the same id and secret, and another for another secret or kind of record', () => {
    const id = '0190e8b0-0000-7000-8000-000000000001';
    expect(createPseudonymiser(secret).person(id)).toBe(createPseudonymiser(Buffer.from(secret)).person(id));
    expect(createPseudonymiser(Buffer.alloc(32, 8)).person(id)).not.toBe(createPseudonymiser(secret).person(id));
    expect(createPseudonymiser(secret).worker(id).slice(1)).not.toBe(createPseudonymiser(secret).person(id).slice(1));
    expect(createPseudonymiser(secret).person(id)).toMatch(/^P[0-9a-f]{16}$/);
  });

  it('shifts each person by a stable whole number of days within ±14, and not all by the same', () => {
    const pseudonyms = createPseudonymiser(secret);
    const shifts = Array.from({ length: 200 }, (_, i) => pseudonyms.shiftDays(`person-${i}`));
    expect(shifts.every((d) => Number.isInteger(d) && Math.abs(d) <= MAX_SHIFT_DAYS)).toBe(true);
    expect(new Set(shifts).size).toBeGreaterThan(20);
    expect(pseudonyms.shiftDays('person-3')).toBe(shifts[3]);
    expect(shiftDate('2026-02-27', 3)).toBe('2026-03-02');
  });
});

describe('pseudonymised exports', () => {
  it('hold no names, no notes and no real ids, with the same pseudonyms in a second export', async () => {
    const first = await queryPseudonymisedContacts(t.handle.db, QUARTER, {}, 1_000);
    const second = await queryPseudonymisedContacts(t.handle.db, QUARTER, {}, 1_000);
    expect(second).toEqual(first);
    expect(first).toHaveLength(7);
    const text = JSON.stringify(first);
    for (const secret of [
      'Sam Taylor',
      'Alex Morgan',
      'Private note',
      'library',
      world.people.p1.id,
      world.workers.w1.id,
      world.teams.a.id,
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('keeps each person’s contacts together, moved by their own shift, with intervals unchanged', async () => {
    const contacts = await queryPseudonymisedContacts(t.handle.db, QUARTER, {}, 1_000);
    const persons = new Set(contacts.map((c) => c.person));
    expect(persons.size).toBe(4);
    const p1 = contacts.filter((c) => c.workers.includes(' '))[0]!.person; // p1's is the only joint visit
    const times = contacts.filter((c) => c.person === p1).map((c) => Date.parse(c.occurredAt));
    expect(times).toHaveLength(3);
    // Jan 5 → Feb 5 → Mar 2 at 10:00, whatever the shift.
    expect([(times[1]! - times[0]!) / 86_400_000, (times[2]! - times[1]!) / 86_400_000]).toEqual([31, 25]);
    const shift = (times[0]! - Date.parse('2026-01-05T10:00:00Z')) / 86_400_000;
    expect(Math.abs(shift)).toBeLessThanOrEqual(MAX_SHIFT_DAYS);
    expect(Number.isInteger(shift)).toBe(true);
  });

  it('makes the installation secret once and keeps it', async () => {
    await queryPseudonymisedCareTeamPeriods(t.handle.db, QUARTER, {}, 1_000);
    const rows = await rawRows<{ n: number }>(t.handle.db, sql`select count(*)::int as n from pseudonym_key`);
    expect(rows[0]?.n).toBe(1);
  });

  it('exports care-team periods with the person’s shift and the same pseudonyms as the contacts', async () => {
    const periods = await queryPseudonymisedCareTeamPeriods(t.handle.db, QUARTER, {}, 1_000);
    const contacts = await queryPseudonymisedContacts(t.handle.db, QUARTER, {}, 1_000);
    expect(periods).toHaveLength(6);
    const periodPersons = new Set(periods.map((p) => p.person));
    expect(contacts.every((c) => periodPersons.has(c.person))).toBe(true);
    const p2 = periods.filter((p) => p.endsOn !== null);
    expect(p2).toHaveLength(1);
    const handover = periods.find((p) => p.person === p2[0]!.person && p.endsOn === null)!;
    expect(handover.startsOn).toBe(p2[0]!.endsOn); // the handover stays on one day
    expect(JSON.stringify(periods)).not.toMatch(/Ria Patel|Alex Morgan|Private note/);
  });

  it('exports meeting ratings answer by answer and both sides’ feedback, with the person’s shift and no ids', async () => {
    const { p1 } = world.people;
    const { w1 } = world.workers;
    const meetingId = newId();
    await t.repositories.instruments.createResponses([
      {
        id: newId(),
        personId: p1.id,
        instrumentId: 'dialog-ratings',
        version: '1',
        purpose: 'meeting_ratings',
        meetingId,
        answers: [
          { itemId: 'mental-health', value: 5 },
          { itemId: 'job-situation', value: 'not-applicable' },
          { itemId: 'mental-health-more-help', value: true },
        ],
        scores: [],
        completedAt: new Date('2026-02-05T10:00:00Z'),
        recordedByAccountId: null,
      },
    ]);
    const feedback = (respondent: 'person' | 'worker', score: number) => ({
      id: newId(),
      personId: p1.id,
      workerId: w1.id,
      meetingId,
      meetingOccurredAt: new Date('2026-02-05T10:00:00Z'),
      respondent,
      visibility: respondent === 'person' ? ('aggregate' as const) : null,
      score,
      responseId: newId(),
      givenAt: new Date('2026-02-05T11:00:00Z'),
      recordedByAccountId: null,
    });
    await t.repositories.feedback.createMany([feedback('person', 4.25), feedback('worker', 3.5)]);

    const ratings = await queryPseudonymisedRatings(t.handle.db, QUARTER, {}, 1_000);
    expect(ratings.map((r) => [r.item, r.answer])).toEqual([
      ['job-situation', 'not-applicable'],
      ['mental-health', '5'],
      ['mental-health-more-help', 'true'],
    ]);
    const answers = await queryPseudonymisedFeedback(t.handle.db, QUARTER, {}, 1_000);
    expect(answers.map((a) => [a.respondent, a.score])).toEqual([
      ['person', 4.25],
      ['worker', 3.5],
    ]);
    // The same pseudonyms and shift as p1's contacts: the meeting was on Feb 5 at 10:00, as a contact was.
    const contacts = await queryPseudonymisedContacts(t.handle.db, QUARTER, {}, 1_000);
    const p1Contact = contacts.find(
      (c) => c.person === ratings[0]!.person && Date.parse(c.occurredAt) === Date.parse(ratings[0]!.completedAt),
    );
    expect(p1Contact).toBeDefined();
    expect(answers[0]!.person).toBe(ratings[0]!.person);
    expect(answers[0]!.meetingAt).toBe(ratings[0]!.completedAt);
    const text = JSON.stringify([ratings, answers]);
    for (const secret of [p1.id, w1.id, meetingId, 'Sam Taylor', 'Alex Morgan']) expect(text).not.toContain(secret);
  });

  it('stops at the row limit it is given', async () => {
    expect(await queryPseudonymisedContacts(t.handle.db, QUARTER, {}, 2)).toHaveLength(2);
  });
});
