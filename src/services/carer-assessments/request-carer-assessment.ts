import type { Actor } from '../../domain/accounts/actor';
import { CARER_ASSESSMENT_LIMITS } from '../../domain/carer-assessments/carer-assessment-answer';
import { AppError } from '../../domain/errors/app-error';
import { messageTextProblem, normaliseMessageText } from '../../domain/messages/message-text';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import type { CarerAssessmentRequestRecord } from './ports';

/**
 * A carer asks the person's care team for a carer's assessment. One open request per carer and
 * person: asking again while one waits is a 409 that shows it. The request is the carer's own, so
 * its audit event names no person and it never appears in the person's access log (ADR 0036).
 */
export async function requestCarerAssessment(
  deps: ServiceDeps,
  input: { personId: string; carerNote?: string | null },
  actor: Actor,
): Promise<CarerAssessmentRequestRecord> {
  const note = input.carerNote ? normaliseMessageText(input.carerNote) : '';
  if (note !== '') {
    const problem = messageTextProblem(note);
    if (problem) throw new AppError('bad_request', problem, { field: 'carerNote' });
    if ([...note].length > CARER_ASSESSMENT_LIMITS.maxNoteCharacters)
      throw new AppError(
        'bad_request',
        `Keep your note to ${CARER_ASSESSMENT_LIMITS.maxNoteCharacters.toLocaleString('en-GB')} characters.`,
        { field: 'carerNote' },
      );
  }
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person } = await requirePersonAccess(repositories, actor, input.personId, 'request_carer_assessment', now);
    const carerId = actor.carerId ?? '';
    const open = (await repositories.carerAssessments.listForPerson(person.id, carerId)).find(
      (request) => request.status === 'requested' || request.status === 'accepted',
    );
    if (open)
      throw new AppError('conflict', 'You have already asked for a carer’s assessment; the care team will answer it.', {
        current: open,
      });
    const request: CarerAssessmentRequestRecord = {
      id: newId(),
      personId: person.id,
      carerId,
      carerNote: note === '' ? null : note,
      requestedAt: now,
      status: 'requested',
      arrangedOn: null,
      declineReason: null,
      answeredByName: null,
      answeredAt: null,
      version: 1,
    };
    await repositories.carerAssessments.create(request);
    await recordAudit(repositories, actor, now, {
      action: 'carer_assessment.request',
      detail: { requestId: request.id, carerId },
    });
    return request;
  });
}
