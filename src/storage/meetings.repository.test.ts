import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database';
import type { FeedbackPreferenceRecord, RelationshipFeedbackRecord } from '../services/feedback/ports';
import type { InstrumentResponseRecord } from '../services/instruments/ports';
import type { NewMeeting } from '../services/meetings/ports';
import { newId } from '../services/new-id';
import { rawRows } from './raw-rows';

// The same records written one at a time into one database and in bulk (unnest arrays) into
// another must read back as identical rows, awkward values included.
let single: TestDatabase;
let bulk: TestDatabase;
beforeAll(async () => {
  single = await createTestDatabase();
  bulk = await createTestDatabase();
});
afterAll(async () => {
  await single.close();
  await bulk.close();
});

const AWKWARD = [
  'He said "no", then {maybe}',
  'back\\slash, comma; and a\nnew line',
  'NULL',
  '',
  'Zoë’s plan – café ✓',
  '{"json": [1, 2]}',
];

function records(count: number) {
  const meetings: NewMeeting[] = [];
  const responses: InstrumentResponseRecord[] = [];
  const feedback: RelationshipFeedbackRecord[] = [];
  const preferences: FeedbackPreferenceRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    const personId = newId();
    const workerId = newId();
    const meetingId = newId();
    const at = new Date(Date.UTC(2026, 0, 1 + i, 9, 30, 15, 123));
    const text = (k: number) => AWKWARD[(i + k) % AWKWARD.length]!;
    const responseId = newId();
    responses.push({
      id: responseId,
      personId,
      instrumentId: 'tandem-meeting-feedback-person',
      version: '1.0.0',
      purpose: i % 2 === 0 ? 'person_feedback' : 'meeting_ratings',
      meetingId: i % 3 === 0 ? null : meetingId,
      answers: [
        { itemId: 'listened', value: 4 },
        { itemId: 'trust', value: 'not-applicable' },
        { itemId: 'more-help', value: true },
        { itemId: 'line', value: 7.3 },
      ],
      scores: [
        {
          scoreId: 'overall',
          label: text(0),
          answeredCount: 3,
          missingCount: 1,
          value: 3.666667,
          isProrated: true,
          thresholdsMet: [{ comparator: '<', value: 4, label: text(1) }],
        },
        {
          scoreId: 'other',
          label: 'Other',
          answeredCount: 0,
          missingCount: 2,
          value: null,
          reason: 'too-many-missing',
        },
      ],
      completedAt: at,
      recordedByAccountId: i % 2 === 0 ? null : newId(),
    });
    meetings.push({
      meeting: {
        id: meetingId,
        personId,
        leadWorkerId: workerId,
        occurredAt: at,
        ratingsResponseId: i % 2 === 0 ? responseId : null,
        recordedByAccountId: i % 2 === 0 ? newId() : null,
      },
      areas: Array.from({ length: i % 4 }, (_, position) => ({
        personId,
        meetingId,
        position: position + 1,
        areaId: ['mental-health', 'leisure', 'medication'][position]!,
        understanding: text(position),
        lookingForward: position === 1 ? null : text(position + 1),
        exploringOptions: text(position + 2),
        agreeingActions: null,
      })),
      actions: Array.from({ length: i % 3 }, (_, k) => ({
        id: newId(),
        personId,
        meetingId,
        areaId: k === 0 ? null : 'leisure',
        owner: (['person', 'worker', 'other'] as const)[k]!,
        ownerName: k === 2 ? text(3) : null,
        description: text(k + 4),
        dueOn: k === 1 ? null : `2026-0${1 + (i % 9)}-2${k}`,
        outcome: k === 0 ? null : 'done',
        reviewedInMeetingId: k === 0 ? null : newId(),
        reviewedAt: k === 0 ? null : new Date(at.getTime() + 86_400_000 + k),
      })),
    });
    for (const respondent of ['person', 'worker'] as const) {
      feedback.push({
        id: newId(),
        personId,
        workerId,
        meetingId,
        meetingOccurredAt: at,
        respondent,
        visibility: respondent === 'worker' ? null : i % 2 === 0 ? 'aggregate' : 'individual',
        score: respondent === 'worker' && i % 5 === 0 ? null : 1 + ((i * 7) % 40) / 10 + 0.123456,
        responseId: newId(),
        givenAt: new Date(at.getTime() + 3_600_000),
        recordedByAccountId: respondent === 'worker' ? newId() : null,
      });
    }
    preferences.push({
      personId,
      visibility: i % 2 === 0 ? 'aggregate' : 'individual',
      updatedAt: at,
      updatedByAccountId: i % 2 === 0 ? null : newId(),
    });
  }
  return { meetings, responses, feedback, preferences };
}

// Every column but created_at, as text, so the comparison sees exactly what was stored.
const TABLES = {
  meeting: 'contact_id',
  meeting_area: 'meeting_id, position',
  meeting_action: 'id',
  instrument_response: 'id',
  relationship_feedback: 'id',
  feedback_preference: 'person_id',
} as const;

async function stored(t: TestDatabase, table: keyof typeof TABLES) {
  const rows = await rawRows<Record<string, unknown>>(
    t.handle.db,
    sql.raw(`select to_jsonb(x) - 'created_at' as row from ${table} x order by ${TABLES[table]}`),
  );
  return rows.map((r) => r.row);
}

describe('bulk inserts of meetings, responses and feedback', () => {
  it('store exactly what one-at-a-time inserts store', async () => {
    const written = records(13);
    for (const entry of written.responses) await single.repositories.instruments.createResponse(entry);
    for (const entry of written.meetings) await single.repositories.meetings.create(entry);
    for (const entry of written.feedback) await single.repositories.feedback.create(entry);
    for (const entry of written.preferences) await single.repositories.feedback.savePreference(entry);

    await bulk.repositories.instruments.createResponses(written.responses);
    await bulk.repositories.meetings.createMany(written.meetings);
    await bulk.repositories.feedback.createMany(written.feedback);
    await bulk.repositories.feedback.createPreferences(written.preferences);

    for (const table of Object.keys(TABLES) as (keyof typeof TABLES)[]) {
      const one = await stored(single, table);
      expect(one.length, table).toBeGreaterThan(0);
      expect(await stored(bulk, table), table).toEqual(one);
    }
    // And they read back through the repositories as written.
    const [first] = written.responses;
    expect(await bulk.repositories.instruments.findResponse(first!.personId, first!.id)).toEqual(first);
    const withActions = written.meetings.find((entry) => entry.actions.length === 2)!;
    const actions = await bulk.repositories.meetings.listActionsOfMeeting(
      withActions.meeting.personId,
      withActions.meeting.id,
    );
    expect(actions.agreed).toEqual(expect.arrayContaining(withActions.actions));
    const feedback = written.feedback.filter((entry) => entry.personId === first!.personId);
    expect(await bulk.repositories.feedback.listForPerson(first!.personId)).toEqual(expect.arrayContaining(feedback));
  });

  it('writes nothing for empty lists', async () => {
    const before = await Promise.all(
      (Object.keys(TABLES) as (keyof typeof TABLES)[]).map((table) => stored(bulk, table)),
    );
    await bulk.repositories.meetings.createMany([]);
    await bulk.repositories.feedback.createMany([]);
    await bulk.repositories.feedback.createPreferences([]);
    await bulk.repositories.instruments.createResponses([]);
    const after = await Promise.all(
      (Object.keys(TABLES) as (keyof typeof TABLES)[]).map((table) => stored(bulk, table)),
    );
    expect(after).toEqual(before);
  });
});
