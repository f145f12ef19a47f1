import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import type { InstrumentResponse } from '../../domain/instruments';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { feedbackReceipt, type FeedbackReceipt } from './feedback-receipt';
import { findMeetingWithWorkers, saveFeedback } from './save-feedback';

/** The worker's own view of a meeting they were at, on the same items as the person's form. */
export async function giveWorkerFeedback(
  deps: ServiceDeps,
  input: { personId: string; meetingId: string; response: InstrumentResponse },
  actor: Actor,
): Promise<FeedbackReceipt> {
  if (!actor.workerId) throw new AppError('forbidden', 'Only workers give a worker’s view of a meeting.');
  const workerId = actor.workerId;
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'give_feedback', now);
    const { meeting, workerIds } = await findMeetingWithWorkers(repositories, person.id, input.meetingId);
    if (!workerIds.includes(workerId))
      throw new AppError('forbidden', 'You can give your view only of meetings you were at.');
    const saved = await saveFeedback(repositories, {
      meeting,
      workerId,
      respondent: 'worker',
      visibility: null,
      response: input.response,
      accountId: actor.accountId,
      now,
    });
    await recordAudit(repositories, actor, now, {
      action: 'feedback.give',
      personId: person.id,
      basis,
      detail: { meetingId: meeting.id, workerId, respondent: 'worker' },
    });
    return feedbackReceipt(saved, true);
  });
}
