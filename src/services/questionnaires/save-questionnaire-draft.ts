import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { assertValidResponse, type ItemAnswer } from '../../domain/instruments';
import { type PersonAccess, requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { findDefinition } from '../instruments/find-definition';
import type { Repositories } from '../ports';
import type { ServiceDeps } from '../ports';
import type { QuestionnaireInvitationRecord } from './ports';

export interface QuestionnaireAnswersInput {
  personId: string;
  invitationId: string;
  answers: ItemAnswer[];
  /** The revision the answers were based on; another device's save in between gives 409. */
  revision: number;
}

/**
 * Keeps the person's unfinished answers on the server, so they can close the page, change device
 * or come back after signing in again. Each answer is checked against its item's scale; none is
 * required yet. Only the person saves (and sees) their draft.
 */
export async function saveQuestionnaireDraft(
  deps: ServiceDeps,
  input: QuestionnaireAnswersInput,
  actor: Actor,
): Promise<{ revision: number; savedAt: Date }> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const access = await requirePersonAccess(repositories, actor, input.personId, 'answer_questionnaire', now);
    return keepDraft(repositories, access, input, actor, now);
  });
}

/**
 * Keeping a draft, inside the caller's transaction, once the caller has checked that the actor may
 * answer the person's questionnaires: the app's form and the FHIR API share it.
 */
export async function keepDraft(
  repositories: Repositories,
  { person, basis }: PersonAccess,
  input: QuestionnaireAnswersInput,
  actor: Actor,
  now: Date,
): Promise<{ revision: number; savedAt: Date }> {
  const invitation = await requireOpenInvitation(repositories, person.id, input.invitationId);
  assertValidResponse(await definitionOf(repositories, invitation), {
    instrumentId: invitation.instrumentId,
    version: invitation.version,
    answers: input.answers,
  });
  const revision = await repositories.questionnaires.saveDraft(
    person.id,
    invitation.id,
    input.revision,
    input.answers,
    now,
  );
  if (revision === null) throw changedElsewhere();
  await recordAudit(repositories, actor, now, {
    action: 'questionnaire.draft',
    personId: person.id,
    basis,
    detail: { invitationId: invitation.id },
  });
  return { revision, savedAt: now };
}

/** An invitation of this person that has not been answered yet; 404 or 409 otherwise. */
export async function requireOpenInvitation(
  repositories: Repositories,
  personId: string,
  invitationId: string,
): Promise<QuestionnaireInvitationRecord> {
  const invitation = await repositories.questionnaires.findInvitation(personId, invitationId);
  if (!invitation) throw new AppError('not_found', 'There is no such questionnaire for this person.');
  if (invitation.completedAt)
    throw new AppError('conflict', 'This questionnaire has already been sent.', { responseId: invitation.responseId });
  return invitation;
}

/** The instrument version an invitation or response was made for, with the wording the service loaded. */
export async function definitionOf(repositories: Repositories, made: { instrumentId: string; version: string }) {
  const found = await findDefinition(repositories, made.instrumentId, made.version);
  if (!found)
    throw new AppError('not_found', `Tandem no longer has version ${made.version} of “${made.instrumentId}”.`);
  return found.definition;
}

/** The answers moved on since the revision the caller read; `staleRevision` tells it apart from "already sent". */
export const changedElsewhere = () =>
  new AppError(
    'conflict',
    'These answers were changed on another device or tab since you opened them. Reload to see the latest, then change what you need.',
    { staleRevision: true },
  );
