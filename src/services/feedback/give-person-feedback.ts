import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { DEFAULT_FEEDBACK_VISIBILITY, type FeedbackVisibility } from '../../domain/feedback/feedback-visibility';
import type { InstrumentResponse } from '../../domain/instruments';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { feedbackReceipt, type FeedbackReceipt } from './feedback-receipt';
import { findMeetingWithWorkers, saveFeedback } from './save-feedback';

export interface PersonFeedbackInput {
  personId: string;
  meetingId: string;
  /** The worker the feedback is about; defaults to the one who led the meeting. */
  workerId?: string;
  response: InstrumentResponse;
  /** This answer's visibility; defaults to the person's standing choice. */
  visibility?: FeedbackVisibility;
}

/**
 * The person's brief feedback on a meeting: later from their own account, or at the meeting on a
 * worker's device handed to them (then the worker must have been there, and is not shown the score).
 */
export async function givePersonFeedback(
  deps: ServiceDeps,
  input: PersonFeedbackInput,
  actor: Actor,
): Promise<FeedbackReceipt> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'give_feedback', now);
    const { meeting, workerIds } = await findMeetingWithWorkers(repositories, person.id, input.meetingId);
    if (basis !== 'self' && !(actor.workerId && workerIds.includes(actor.workerId))) {
      throw new AppError(
        'forbidden',
        'The person gives this feedback themselves, or on the device of a worker who was at the meeting.',
      );
    }
    const workerId = input.workerId ?? meeting.leadWorkerId;
    if (!workerIds.includes(workerId))
      throw new AppError('bad_request', 'That worker was not at this meeting.', { field: 'workerId' });
    const visibility =
      input.visibility ??
      (await repositories.feedback.findPreference(person.id))?.visibility ??
      DEFAULT_FEEDBACK_VISIBILITY;
    const saved = await saveFeedback(repositories, {
      meeting,
      workerId,
      respondent: 'person',
      visibility,
      response: input.response,
      accountId: actor.accountId,
      now,
    });
    await recordAudit(repositories, actor, now, {
      action: 'feedback.give',
      personId: person.id,
      basis,
      detail: { meetingId: meeting.id, workerId, respondent: 'person' },
    });
    return feedbackReceipt(saved, basis === 'self');
  });
}
