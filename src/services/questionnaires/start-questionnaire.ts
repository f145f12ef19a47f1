import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import type { InstrumentDefinition } from '../../domain/instruments';
import { type PersonAccess, requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { Repositories, ServiceDeps } from '../ports';
import { requireAnswerableInstrument } from './answerable-instrument';
import type { QuestionnaireInvitationRecord } from './ports';

/**
 * The person chooses to fill in a questionnaire without being asked: it opens like an invitation
 * due today. If one for the same questionnaire is already open, that one is returned, so that a
 * second tap never makes a second questionnaire.
 */
export async function startQuestionnaire(
  deps: ServiceDeps,
  input: { personId: string; instrumentId: string },
  actor: Actor,
): Promise<QuestionnaireInvitationRecord> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(
      repositories,
      actor,
      input.personId,
      'answer_questionnaire',
      now,
    );
    const definition = await requireAnswerableInstrument(repositories, input.instrumentId);
    return openInvitationFor(repositories, { person, basis }, definition, actor, now);
  });
}

/**
 * The open invitation of this instrument, or a new one the person opened themselves (due today),
 * inside the caller's transaction: the app's "fill one in" and the FHIR API share it.
 */
export async function openInvitationFor(
  repositories: Repositories,
  { person, basis }: PersonAccess,
  definition: InstrumentDefinition,
  actor: Actor,
  now: Date,
): Promise<QuestionnaireInvitationRecord> {
  const open = (await repositories.questionnaires.listOpenInvitations(person.id)).find(
    (invitation) => invitation.instrumentId === definition.id,
  );
  if (open) return open;
  const invitation: QuestionnaireInvitationRecord = {
    personId: person.id,
    id: newId(),
    instrumentId: definition.id,
    version: definition.version,
    dueOn: isoDate(now),
    origin: 'self',
    createdByAccountId: actor.accountId,
    createdAt: now,
    draftAnswers: [],
    revision: 0,
    draftSavedAt: null,
    emailId: null,
    responseId: null,
    completedAt: null,
  };
  await repositories.questionnaires.createInvitation(invitation);
  await recordAudit(repositories, actor, now, {
    action: 'questionnaire.start',
    personId: person.id,
    basis,
    detail: { instrumentId: definition.id },
  });
  return invitation;
}
