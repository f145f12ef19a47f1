import { z } from 'zod';
import { CONTACT_LIMITS, CONTACT_MODES } from '../../domain/contacts/contact-kinds';
import { FEEDBACK_VISIBILITIES } from '../../domain/feedback/feedback-visibility';
import { ACTION_OUTCOMES, ACTION_OWNERS } from '../../domain/meetings/meeting-action';
import { MEETING_LIMITS } from '../../domain/meetings/meeting-steps';
import { instrumentIdSchema, instrumentResponseSchema } from '../instruments';

// Bodies, queries and path parameters of meetings, relationship feedback and instruments, parsed
// before they reach a service. Whether ratings fit their scale, areas are rated ones and actions
// are open is checked by the services, which answer 400 listing every problem.

// The words the interface uses for the codes below.
export { ACTION_OUTCOME_LABELS, ACTION_OUTCOMES, ACTION_OWNER_LABELS, ACTION_OWNERS, type ActionOutcome, type ActionOwner } from '../../domain/meetings/meeting-action';
export { MEETING_LIMITS, MEETING_STEP_LABELS, MEETING_STEPS, type MeetingStep } from '../../domain/meetings/meeting-steps';
export { FEEDBACK_VISIBILITIES, FEEDBACK_VISIBILITY_LABELS, type FeedbackVisibility } from '../../domain/feedback/feedback-visibility';

const id = (label = 'id') => z.uuid({ error: `That is not a valid ${label}.` });
const isoDate = z.iso.date({ error: 'Use a date in the form YYYY-MM-DD.' });
const stepNote = z.string().max(MEETING_LIMITS.maxStepNoteLength, `At most ${MEETING_LIMITS.maxStepNoteLength} characters.`).nullish();
const areaId = z.string().min(1, 'Name the area.').max(64);

export const meetingParams = z.object({ id: id(), meetingId: id('meeting id') });
export const responseParams = z.object({ id: id(), responseId: id('response id') });
export const instrumentParams = z.object({ instrumentId: instrumentIdSchema, version: z.string().min(1).max(32) });

export const recordMeetingBody = z.object({
  occurredAt: z.iso.datetime({ offset: true, error: 'Give the time as an ISO 8601 date and time.' }).optional(),
  durationMinutes: z.number().int('Minutes are whole numbers.').min(1, 'A meeting lasts at least a minute.').max(CONTACT_LIMITS.maxDurationMinutes),
  mode: z.enum(CONTACT_MODES, { error: `Mode is one of: ${CONTACT_MODES.join(', ')}.` }),
  beyondRoutineNote: z.string().max(CONTACT_LIMITS.maxBeyondRoutineNoteLength).nullish(),
  adminMinutes: z.number().int('Minutes are whole numbers.').min(0).max(CONTACT_LIMITS.maxAdminMinutes).optional(),
  note: z.string().max(CONTACT_LIMITS.maxNoteLength).nullish(),
  otherWorkerIds: z.array(id('worker id')).max(10).optional(),
  ratings: instrumentResponseSchema.nullish(),
  // A loose bound only: the service says "up to 3" in the person's words and checks each area.
  areas: z
    .array(z.object({ areaId, understanding: stepNote, lookingForward: stepNote, exploringOptions: stepNote, agreeingActions: stepNote }))
    .max(20)
    .optional(),
  actions: z
    .array(
      z.object({
        areaId: areaId.nullish(),
        owner: z.enum(ACTION_OWNERS, { error: `Owner is one of: ${ACTION_OWNERS.join(', ')}.` }),
        ownerName: z.string().max(MEETING_LIMITS.maxOwnerNameLength).nullish(),
        description: z.string().max(MEETING_LIMITS.maxActionDescriptionLength, `At most ${MEETING_LIMITS.maxActionDescriptionLength} characters.`),
        dueOn: isoDate.nullish(),
      }),
    )
    .max(50)
    .optional(),
  actionReviews: z
    .array(z.object({ actionId: id('action id'), outcome: z.enum(ACTION_OUTCOMES, { error: 'Mark an action done or not_done.' }) }))
    .max(200)
    .optional(),
});

export const meetingsQuery = z.object({
  before: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});

export const ratingHistoryQuery = z.object({ meetings: z.coerce.number().int().min(2).max(50).optional() });

export const personFeedbackBody = z.object({
  response: instrumentResponseSchema,
  visibility: z.enum(FEEDBACK_VISIBILITIES, { error: `Visibility is one of: ${FEEDBACK_VISIBILITIES.join(', ')}.` }).optional(),
  workerId: id('worker id').optional(),
});

export const workerFeedbackBody = z.object({ response: instrumentResponseSchema });

export const feedbackPreferenceBody = z.object({
  visibility: z.enum(FEEDBACK_VISIBILITIES, { error: `Visibility is one of: ${FEEDBACK_VISIBILITIES.join(', ')}.` }),
});

export const acknowledgeAlertBody = z.object({
  alertKey: z.string({ error: 'Say which alert you have seen.' }).min(1, 'Say which alert you have seen.').max(200, 'That is not an alert of this page.'),
});

export type RecordMeetingBody = z.infer<typeof recordMeetingBody>;
export type PersonFeedbackBody = z.infer<typeof personFeedbackBody>;
export type WorkerFeedbackBody = z.infer<typeof workerFeedbackBody>;
export type FeedbackPreferenceBody = z.infer<typeof feedbackPreferenceBody>;
