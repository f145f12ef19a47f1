import { isoDate } from '../../domain/care-team/membership-period';
import { actionReviewProblems } from '../../domain/meetings/action-review';
import { agreedActionProblems } from '../../domain/meetings/agreed-actions';
import { chosenAreaProblems } from '../../domain/meetings/chosen-areas';
import type { ActionReview, AgreedAction } from '../../domain/meetings/meeting-action';
import { MEETING_RATINGS_INSTRUMENT } from '../../domain/meetings/meeting-instruments';
import { throwIfMeetingProblems, type MeetingProblem } from '../../domain/meetings/meeting-problems';
import { meetingTimeProblems } from '../../domain/meetings/meeting-time';
import { ratedAreas } from '../../domain/meetings/rated-areas';
import type { ContactRecord } from '../contacts/ports';
import { buildResponseRecord } from '../instruments/build-response-record';
import type { InstrumentResponseRecord } from '../instruments/ports';
import { newId } from '../new-id';
import type { Repositories } from '../ports';
import type { NewMeeting } from './ports';
import type { ChosenAreaInput, RecordMeetingInput } from './record-meeting-input';
import { mapInTurn } from '../in-turn';

/** Everything a meeting writes, checked and ready. */
export interface MeetingPlan {
  contact: ContactRecord;
  ratings: InstrumentResponseRecord | null;
  meeting: NewMeeting;
  reviews: ActionReview[];
}

interface Recorder {
  workerId: string;
  accountId: string;
}

const RATED_AREAS = ratedAreas(MEETING_RATINGS_INSTRUMENT);

/**
 * Checks a meeting as sent and builds its records. Throws one 400 listing every problem with
 * time, areas, actions, the review of open actions and the workers present, then one listing
 * every problem with the ratings; nothing has been written when it throws.
 */
export async function planMeeting(
  repositories: Repositories,
  input: RecordMeetingInput,
  recorder: Recorder,
  now: Date,
): Promise<MeetingPlan> {
  const occurredAt = input.occurredAt ?? now;
  const areas = input.areas ?? [];
  const areaIds = areas.map((area) => area.areaId);
  const actions = (input.actions ?? []).map(toAgreedAction);
  const reviews = input.actionReviews ?? [];
  // Only actions agreed before this meeting are due for review at it.
  const open = (await repositories.meetings.listOpenActions(input.personId)).filter(
    (action) => action.agreedAt < occurredAt,
  );
  const workerIds = [...new Set([recorder.workerId, ...(input.otherWorkerIds ?? [])])];
  throwIfMeetingProblems([
    ...meetingTimeProblems(occurredAt, now),
    ...chosenAreaProblems(RATED_AREAS, areaIds),
    ...agreedActionProblems(actions, areaIds, isoDate(occurredAt)),
    ...actionReviewProblems(
      open.map((action) => action.id),
      reviews,
    ),
    ...(await unknownWorkerProblems(repositories, workerIds)),
  ]);
  const meetingId = newId();
  const ratings = input.ratings
    ? buildResponseRecord(MEETING_RATINGS_INSTRUMENT, input.ratings, {
        personId: input.personId,
        purpose: 'meeting_ratings',
        meetingId,
        completedAt: occurredAt,
        recordedByAccountId: recorder.accountId,
      })
    : null;
  const contact = toContact(input, meetingId, occurredAt, workerIds, recorder);
  const meeting: NewMeeting = {
    meeting: {
      id: meetingId,
      personId: input.personId,
      leadWorkerId: recorder.workerId,
      occurredAt,
      ratingsResponseId: ratings?.id ?? null,
      recordedByAccountId: recorder.accountId,
    },
    areas: areas.map((area, index) => toAreaRecord(input.personId, meetingId, index + 1, area)),
    actions: actions.map((action) => ({
      ...action,
      id: newId(),
      personId: input.personId,
      meetingId,
      outcome: null,
      reviewedInMeetingId: null,
      reviewedAt: null,
    })),
  };
  return { contact, ratings, meeting, reviews };
}

function toContact(
  input: RecordMeetingInput,
  id: string,
  occurredAt: Date,
  workerIds: string[],
  recorder: Recorder,
): ContactRecord {
  const beyondRoutineNote = tidy(input.beyondRoutineNote);
  return {
    id,
    personId: input.personId,
    occurredAt,
    durationMinutes: input.durationMinutes,
    mode: input.mode,
    kind: 'meeting',
    beyondRoutine: beyondRoutineNote !== null,
    beyondRoutineNote,
    adminMinutes: input.adminMinutes ?? 0,
    note: tidy(input.note),
    recordedByAccountId: recorder.accountId,
    workerIds,
  };
}

const tidy = (text: string | null | undefined): string | null => text?.trim() || null;

function toAgreedAction(action: NonNullable<RecordMeetingInput['actions']>[number]): AgreedAction {
  return {
    areaId: action.areaId ?? null,
    owner: action.owner,
    ownerName: action.owner === 'other' ? tidy(action.ownerName) : null,
    description: action.description.trim(),
    dueOn: action.dueOn ?? null,
  };
}

function toAreaRecord(personId: string, meetingId: string, position: number, area: ChosenAreaInput) {
  return {
    personId,
    meetingId,
    position,
    areaId: area.areaId,
    understanding: tidy(area.understanding),
    lookingForward: tidy(area.lookingForward),
    exploringOptions: tidy(area.exploringOptions),
    agreeingActions: tidy(area.agreeingActions),
  };
}

async function unknownWorkerProblems(
  repositories: Repositories,
  workerIds: readonly string[],
): Promise<MeetingProblem[]> {
  const found = await mapInTurn(workerIds, (id) => repositories.organisation.findWorker(id));
  return found.some((worker) => worker === null)
    ? [{ field: 'otherWorkerIds', message: 'One of the workers present is not known to Tandem.' }]
    : [];
}
