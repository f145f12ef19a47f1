import type { FeedbackRespondent, FeedbackVisibility } from '../domain/feedback/feedback-visibility';
import { MEETING_FEEDBACK_INSTRUMENTS, MEETING_FEEDBACK_SCORE_ID } from '../domain/meetings/meeting-instruments';
import type { ContactRecord } from '../services/contacts/ports';
import type { FeedbackPreferenceRecord, RelationshipFeedbackRecord } from '../services/feedback/ports';
import type { InstrumentResponseRecord } from '../services/instruments/ports';
import { msOfDay } from './demo-calendar';
import { STREAM, type DemoContext } from './demo-context';
import type { PersonDraft } from './demo-people';
import { demoResponse } from './demo-response';
import { planRelationship, STORIES, type PlannedFeedback, type RelationshipShape } from './relationship-story';
import { createRandom, type Random } from './seeded-random';
import type { SiteClimate } from './site-climate';

/** A person's relationship feedback and, if they made one, their standing choice of who sees it. */
export interface DemoFeedback {
  responses: InstrumentResponseRecord[];
  feedback: RelationshipFeedbackRecord[];
  preference: FeedbackPreferenceRecord | null;
}

/** Share of people who let their worker see each answer; the rest keep the default, aggregate only. */
const INDIVIDUAL_SHARE = 0.4;

/**
 * Feedback on a person's meetings, per relationship with the worker who led them: the person's
 * after about three meetings in five, around their site's level, and the worker's own view after
 * about four in five. With `alertWorkerId`, the relationship with that worker ends on a low score
 * shared individually, so that the worker's caseload shows an alert. The demo person shares every
 * answer individually and has not yet answered about their latest meeting, so they are asked to.
 */
export function draftFeedback(
  context: DemoContext,
  draft: PersonDraft,
  climate: SiteClimate,
  held: readonly ContactRecord[],
  alertWorkerId: string | null = null,
): DemoFeedback {
  const random = createRandom(context.seed, STREAM.feedback, draft.number);
  const isIndividual = draft.isDemoPerson || alertWorkerId !== null || random.chance(INDIVIDUAL_SHARE);
  const visibility: FeedbackVisibility = isIndividual ? 'individual' : 'aggregate';
  const willingness = draft.isDemoPerson ? 1 : Math.min(0.95, Math.max(0.1, random.normal(0.6, 0.2)));
  const level = random.normal(climate.feedbackLevel, 0.3);
  const result: DemoFeedback = {
    responses: [],
    feedback: [],
    preference: isIndividual ? preferenceOf(context, draft, held) : null,
  };
  for (const [workerId, meetings] of byLeadWorker(held)) {
    const story = workerId === alertWorkerId ? 'low' : draft.isDemoPerson ? 'steady' : random.weighted(STORIES);
    const shape: RelationshipShape = { level, willingness, story };
    planRelationship(random, meetings.length, shape).forEach((planned, index) => {
      const meeting = meetings[index] as ContactRecord;
      if (draft.isDemoPerson && meeting === held.at(-1)) planned.person = null;
      const isStoryTold = story !== 'steady' && index === meetings.length - 1;
      addFeedback(context, random, result, { meeting, workerId, planned, visibility, isAtMeeting: isStoryTold });
    });
  }
  return result;
}

interface FeedbackOnMeeting {
  meeting: ContactRecord;
  workerId: string;
  planned: PlannedFeedback;
  visibility: FeedbackVisibility;
  /** Both sides answer before they part (the person on the worker's device), so neither answer is still to come. */
  isAtMeeting: boolean;
}

function addFeedback(context: DemoContext, random: Random, result: DemoFeedback, on: FeedbackOnMeeting): void {
  const ends = on.meeting.occurredAt.getTime() + on.meeting.durationMinutes * 60_000;
  const minutes = (min: number, max: number) => ends + random.int(min, max) * 60_000;
  // About half answer before they part; the rest later, from their own account, within a week.
  const personAt = on.isAtMeeting || random.chance(0.5) ? minutes(2, 10) : minutes(60, 6 * 24 * 60);
  const workerAt = on.isAtMeeting ? minutes(10, 60) : minutes(10, 2 * 24 * 60);
  const sides: [FeedbackRespondent, number | null, number][] = [
    ['person', on.planned.person, personAt],
    ['worker', on.planned.worker, workerAt],
  ];
  for (const [respondent, level, at] of sides) {
    // Nothing is given on or after today: later answers are still to come.
    if (level === null || at >= msOfDay(context.today)) continue;
    const givenAt = new Date(at);
    const response = demoResponse(context, MEETING_FEEDBACK_INSTRUMENTS[respondent], feedbackAnswers(level, random), {
      personId: on.meeting.personId,
      purpose: `${respondent}_feedback`,
      meetingId: on.meeting.id,
      completedAt: givenAt,
    });
    result.responses.push(response);
    result.feedback.push({
      id: context.meetingIds('feedback', at),
      personId: on.meeting.personId,
      workerId: on.workerId,
      meetingId: on.meeting.id,
      meetingOccurredAt: on.meeting.occurredAt,
      respondent,
      visibility: respondent === 'person' ? on.visibility : null,
      score: response.scores.find((score) => score.scoreId === MEETING_FEEDBACK_SCORE_ID)?.value ?? null,
      responseId: response.id,
      givenAt,
      recordedByAccountId: null,
    });
  }
}

/** Five answers scattered around a level; "rushed" is worded the other way round, so its answer is reversed. */
function feedbackAnswers(level: number, random: Random): Record<string, number> {
  const answer = () => Math.min(5, Math.max(1, Math.round(random.normal(level, 0.45))));
  return {
    listened: answer(),
    'decided-together': answer(),
    trust: answer(),
    'whole-person': answer(),
    rushed: 6 - answer(),
  };
}

/** Each worker's meetings with the person, in the order the relationships began. */
function byLeadWorker(held: readonly ContactRecord[]): Map<string, ContactRecord[]> {
  const relationships = new Map<string, ContactRecord[]>();
  for (const meeting of held) {
    const workerId = meeting.workerIds[0];
    if (workerId === undefined) continue;
    const meetings = relationships.get(workerId);
    if (meetings) meetings.push(meeting);
    else relationships.set(workerId, [meeting]);
  }
  return relationships;
}

/** Chosen before their first feedback: at their first meeting, or when they came into the service. */
function preferenceOf(
  context: DemoContext,
  draft: PersonDraft,
  held: readonly ContactRecord[],
): FeedbackPreferenceRecord {
  const updatedAt = held[0]?.occurredAt ?? new Date(msOfDay(Math.max(draft.startDay, context.historyStart), 9 * 60));
  return { personId: draft.person.id, visibility: 'individual', updatedAt, updatedByAccountId: null };
}
