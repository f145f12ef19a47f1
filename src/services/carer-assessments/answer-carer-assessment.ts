import type { Actor } from '../../domain/accounts/actor';
import {
  CARER_ASSESSMENT_LIMITS,
  carerAssessmentAnswerProblem,
  type CarerAssessmentAnswerInput,
} from '../../domain/carer-assessments/carer-assessment-answer';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { messageTextProblem, normaliseMessageText } from '../../domain/messages/message-text';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { CarerAssessmentRequestView } from './ports';

const NOT_FOUND = 'There is no request for a carer’s assessment with that id.';

/**
 * The care team answers a carer's request: accepted, arranged on a day, or declined with a reason
 * the carer reads. A request the actor cannot see is "not found", as an unknown one is; an answer
 * to a request someone else answered first is a 409 with the request as it is now.
 */
export async function answerCarerAssessment(
  deps: ServiceDeps,
  input: CarerAssessmentAnswerInput & { requestId: string; version: number },
  actor: Actor,
): Promise<CarerAssessmentRequestView> {
  const declineReason = input.declineReason ? normaliseMessageText(input.declineReason) : null;
  if (input.answer === 'declined' && declineReason) {
    const problem = messageTextProblem(declineReason);
    if (problem) throw new AppError('bad_request', problem, { field: 'declineReason' });
    if ([...declineReason].length > CARER_ASSESSMENT_LIMITS.maxReasonCharacters)
      throw new AppError('bad_request', 'Keep the reason to 1,000 characters.', { field: 'declineReason' });
  }
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const request = await repositories.carerAssessments.findById(input.requestId);
    if (!request) throw new AppError('not_found', NOT_FOUND);
    await requirePersonAccess(repositories, actor, request.personId, 'answer_carer_assessment', now).catch(
      (error: unknown) => {
        if (error instanceof AppError && error.code === 'forbidden') throw new AppError('not_found', NOT_FOUND);
        throw error;
      },
    );
    if (request.version !== input.version)
      throw new AppError(
        'conflict',
        'This request was answered while you were working on it. Here it is as it is now.',
        { current: request },
      );
    const problem = carerAssessmentAnswerProblem(request.status, { ...input, declineReason }, isoDate(now));
    if (problem)
      throw new AppError(problem.field === 'answer' ? 'conflict' : 'bad_request', problem.message, {
        field: problem.field,
        current: request,
      });
    const change = {
      status: input.answer,
      arrangedOn: input.answer === 'arranged' ? (input.arrangedOn ?? null) : null,
      declineReason: input.answer === 'declined' ? declineReason : null,
      answeredByName: actor.displayName,
      answeredAt: now,
    };
    if (!(await repositories.carerAssessments.update(request.id, request.version, change)))
      throw new AppError('conflict', 'This request was answered while you were working on it. Reload, then try again.');
    await recordAudit(repositories, actor, now, {
      action: 'carer_assessment.answer',
      detail: { requestId: request.id, answer: input.answer },
    });
    return { ...request, ...change, version: request.version + 1 };
  });
}
