import { z } from 'zod';
import { text } from './text.schema';
import { CONTACT_LIMITS, CONTACT_MODES } from '../../domain/contacts/contact-kinds';
import { ACTION_OUTCOMES, ACTION_OWNERS } from '../../domain/meetings/meeting-action';
import { MEETING_LIMITS } from '../../domain/meetings/meeting-steps';
import { instrumentResponseSchema } from '../instruments';
import { isoDate, uuidOf } from './common.schema';

// Bodies, queries and path parameters of meetings, parsed before they reach a service. Whether
// ratings fit their scale, areas are rated ones and actions are open is checked by the services,
// which answer 400 listing every problem.

const stepNote = text()
  .max(MEETING_LIMITS.maxStepNoteLength, `At most ${MEETING_LIMITS.maxStepNoteLength} characters.`)
  .nullish();
const areaId = text().min(1, 'Name the area.').max(64);

export {
  ACTION_OUTCOME_LABELS,
  ACTION_OUTCOMES,
  ACTION_OWNER_LABELS,
  ACTION_OWNERS,
  type ActionOutcome,
  type ActionOwner,
} from '../../domain/meetings/meeting-action';

export {
  MEETING_LIMITS,
  MEETING_STEP_LABELS,
  MEETING_STEPS,
  type MeetingStep,
} from '../../domain/meetings/meeting-steps';

export const meetingParams = z.object({ id: uuidOf(), meetingId: uuidOf('meeting id') });

export const recordMeetingBody = z.object({
  occurredAt: z.iso.datetime({ offset: true, error: 'Give the time as an ISO 8601 date and time.' }).optional(),
  durationMinutes: z
    .number()
    .int('Minutes are whole numbers.')
    .min(1, 'A meeting lasts at least a minute.')
    .max(CONTACT_LIMITS.maxDurationMinutes),
  mode: z.enum(CONTACT_MODES, { error: `Mode is one of: ${CONTACT_MODES.join(', ')}.` }),
  beyondRoutineNote: text().max(CONTACT_LIMITS.maxBeyondRoutineNoteLength).nullish(),
  adminMinutes: z.number().int('Minutes are whole numbers.').min(0).max(CONTACT_LIMITS.maxAdminMinutes).optional(),
  note: text().max(CONTACT_LIMITS.maxNoteLength).nullish(),
  otherWorkerIds: z.array(uuidOf('worker id')).max(10).optional(),
  ratings: instrumentResponseSchema.nullish(),
  // A loose bound only: the service says "up to 3" in the person's words and checks each area.
  areas: z
    .array(
      z.object({
        areaId,
        understanding: stepNote,
        lookingForward: stepNote,
        exploringOptions: stepNote,
        agreeingActions: stepNote,
      }),
    )
    .max(20)
    .optional(),
  actions: z
    .array(
      z.object({
        areaId: areaId.nullish(),
        owner: z.enum(ACTION_OWNERS, { error: `Owner is one of: ${ACTION_OWNERS.join(', ')}.` }),
        ownerName: text().max(MEETING_LIMITS.maxOwnerNameLength).nullish(),
        description: text().max(
          MEETING_LIMITS.maxActionDescriptionLength,
          `At most ${MEETING_LIMITS.maxActionDescriptionLength} characters.`,
        ),
        dueOn: isoDate.nullish(),
      }),
    )
    .max(50)
    .optional(),
  actionReviews: z
    .array(
      z.object({
        actionId: uuidOf('action id'),
        outcome: z.enum(ACTION_OUTCOMES, { error: 'Mark an action done or not_done.' }),
      }),
    )
    .max(200)
    .optional(),
});

export const meetingsQuery = z.object({
  before: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});

export const ratingHistoryQuery = z.object({ meetings: z.coerce.number().int().min(2).max(50).optional() });

export type RecordMeetingBody = z.infer<typeof recordMeetingBody>;
