import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import type { InstrumentDefinition, ItemAnswer } from '../../domain/instruments';
import { type PersonAccess, requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { InstrumentResponseRecord } from '../instruments/ports';
import type { Repositories, ServiceDeps } from '../ports';
import { requireAnswerableInstrument } from './answerable-instrument';
import type { QuestionnaireInvitationRecord } from './ports';
import {
  changedElsewhere,
  definitionOf,
  keepDraft,
  requireOpenInvitation,
  type QuestionnaireAnswersInput,
} from './save-questionnaire-draft';
import { openInvitationFor } from './start-questionnaire';
import { sendAnswers } from './submit-questionnaire';

export interface AnswerQuestionnaireInput {
  personId: string;
  instrumentId: string;
  /** The version the answers were written against, when the sender names one. */
  version?: string;
  answers: ItemAnswer[];
  /** Sent (scored and saved as a response) or kept as a draft to finish later. */
  send: boolean;
}

export type AnswerQuestionnaireResult = { definition: InstrumentDefinition } & (
  | { kind: 'sent'; response: InstrumentResponseRecord }
  | { kind: 'draft'; invitation: QuestionnaireInvitationRecord; revision: number; savedAt: Date }
);

/**
 * A person answers a questionnaire from another app in one step: the open invitation of that
 * instrument is used (or one is opened, as when they choose to fill one in), then the answers are
 * sent or kept as a draft by the same steps as the app's form, in one transaction, so refused
 * answers leave nothing behind. An invitation the person has already begun is not overwritten: the
 * caller is told to change that draft at its revision instead (409).
 */
export async function answerQuestionnaire(
  deps: ServiceDeps,
  input: AnswerQuestionnaireInput,
  actor: Actor,
): Promise<AnswerQuestionnaireResult> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const access = await requirePersonAccess(repositories, actor, input.personId, 'answer_questionnaire', now);
    const definition = await requireAnswerableInstrument(repositories, input.instrumentId);
    if (input.version !== undefined && input.version !== definition.version) {
      throw new AppError(
        'bad_request',
        `Tandem asks version ${definition.version} of “${definition.id}”, not version ${input.version.slice(0, 40)}.`,
      );
    }
    const invitation = await openInvitationFor(repositories, access, definition, actor, now);
    if (invitation.revision > 0) {
      throw new AppError(
        'conflict',
        'You have already begun this questionnaire: change those answers (at their latest version) rather than starting again, so nothing you wrote is lost.',
        { invitationId: invitation.id, revision: invitation.revision },
      );
    }
    const answers = { personId: access.person.id, invitationId: invitation.id, answers: input.answers, revision: 0 };
    return sendOrKeep(repositories, deps, access, invitation, answers, input.send, actor, now);
  });
}

/**
 * A person changes answers in progress from another app, at the revision they last read: kept as a
 * draft or sent, by the same steps as the app's form. A revision that is not the latest is refused
 * (409 with `staleRevision`), so two apps never overwrite each other.
 */
export async function updateQuestionnaireAnswers(
  deps: ServiceDeps,
  input: QuestionnaireAnswersInput & { instrumentId: string; send: boolean },
  actor: Actor,
): Promise<AnswerQuestionnaireResult> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const access = await requirePersonAccess(repositories, actor, input.personId, 'answer_questionnaire', now);
    const invitation = await requireOpenInvitation(repositories, access.person.id, input.invitationId);
    // A stale revision is refused before the answers are looked at: they were written over older ones.
    if (invitation.revision !== input.revision) throw changedElsewhere();
    if (invitation.instrumentId !== input.instrumentId) {
      throw new AppError(
        'bad_request',
        `These answers belong to “${invitation.instrumentId}”, not “${input.instrumentId.slice(0, 64)}”.`,
      );
    }
    return sendOrKeep(repositories, deps, access, invitation, input, input.send, actor, now);
  });
}

async function sendOrKeep(
  repositories: Repositories,
  deps: ServiceDeps,
  access: PersonAccess,
  invitation: QuestionnaireInvitationRecord,
  answers: QuestionnaireAnswersInput,
  send: boolean,
  actor: Actor,
  now: Date,
): Promise<AnswerQuestionnaireResult> {
  const definition = await definitionOf(repositories, invitation);
  if (send) {
    return { kind: 'sent', definition, response: await sendAnswers(repositories, deps, access, answers, actor, now) };
  }
  const saved = await keepDraft(repositories, access, answers, actor, now);
  return { kind: 'draft', definition, invitation: { ...invitation, draftAnswers: answers.answers }, ...saved };
}

/** One of the person's unfinished questionnaires with their draft, for the person alone; audited. */
export async function getQuestionnaireDraft(
  deps: ServiceDeps,
  input: { personId: string; invitationId: string },
  actor: Actor,
): Promise<{ invitation: QuestionnaireInvitationRecord; definition: InstrumentDefinition }> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(
      repositories,
      actor,
      input.personId,
      'answer_questionnaire',
      now,
    );
    const invitation = await repositories.questionnaires.findInvitation(person.id, input.invitationId);
    if (!invitation) throw new AppError('not_found', 'There is no such questionnaire for this person.');
    await recordAudit(repositories, actor, now, {
      action: 'questionnaire.read',
      personId: person.id,
      basis,
      detail: { invitationId: invitation.id },
    });
    return { invitation, definition: await definitionOf(repositories, invitation) };
  });
}
