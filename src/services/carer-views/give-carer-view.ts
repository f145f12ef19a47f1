import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { CARER_VIEW_LIMITS } from '../../domain/feedback/carer-view-visibility';
import { meetingFeedbackCarer, scoreResponse, type InstrumentResponse } from '../../domain/instruments';
import { MEETING_FEEDBACK_SCORE_ID } from '../../domain/meetings/meeting-instruments';
import { messageTextProblem, normaliseMessageText } from '../../domain/messages/message-text';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import type { CarerViewRecord } from './ports';

export interface CarerViewInput {
  personId: string;
  reviewId: string;
  response: InstrumentResponse;
  comment?: string | null;
  sharedWithPerson: boolean;
}

/**
 * A carer's own view of a review they were at: the carer form of the meeting feedback, scored the
 * same way, once per carer per review (a second is a 409, as for the person's and worker's views).
 */
export async function giveCarerView(deps: ServiceDeps, input: CarerViewInput, actor: Actor): Promise<CarerViewRecord> {
  const comment = input.comment ? normaliseMessageText(input.comment) : '';
  if (comment !== '') {
    const problem = messageTextProblem(comment);
    if (problem) throw new AppError('bad_request', problem, { field: 'comment' });
    if ([...comment].length > CARER_VIEW_LIMITS.maxCommentCharacters)
      throw new AppError(
        'bad_request',
        `Keep your words to ${CARER_VIEW_LIMITS.maxCommentCharacters.toLocaleString('en-GB')} characters.`,
        { field: 'comment' },
      );
  }
  const scored = scoreResponse(meetingFeedbackCarer, input.response);
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'give_carer_view', now);
    const carerId = actor.carerId ?? '';
    const outcome = (await repositories.reviewOutcomes.listForPerson(person.id)).find(
      (held) => held.reviewId === input.reviewId,
    );
    if (!outcome?.attendees.some((attendee) => attendee.carerId === carerId))
      throw new AppError('not_found', 'There is no meeting you were at with that id.');
    if (await repositories.carerViews.find(person.id, input.reviewId, carerId))
      throw new AppError('conflict', 'You have already given your view of this meeting.');
    const view: CarerViewRecord = {
      id: newId(),
      personId: person.id,
      carerId,
      reviewId: input.reviewId,
      instrumentId: meetingFeedbackCarer.id,
      version: meetingFeedbackCarer.version,
      answers: [...input.response.answers],
      score: scored.scores.find((score) => score.scoreId === MEETING_FEEDBACK_SCORE_ID)?.value ?? null,
      comment: comment === '' ? null : comment,
      sharedWithPerson: input.sharedWithPerson,
      givenAt: now,
      recordedByAccountId: actor.accountId,
    };
    await repositories.carerViews.create(view);
    await recordAudit(repositories, actor, now, {
      action: 'carer_view.give',
      personId: person.id,
      basis,
      detail: { reviewId: input.reviewId, sharedWithPerson: input.sharedWithPerson },
    });
    return view;
  });
}
