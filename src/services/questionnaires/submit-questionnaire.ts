import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { throwIfIssues, unansweredRequiredIssues } from '../../domain/instruments';
import { nextDueOn } from '../../domain/questionnaires/next-due-on';
import { isSelfReportInstrument } from '../../domain/questionnaires/self-report-instruments';
import { type PersonAccess, requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { buildResponseRecord } from '../instruments/build-response-record';
import type { InstrumentResponseRecord } from '../instruments/ports';
import { newId } from '../new-id';
import type { Repositories, ServiceDeps } from '../ports';
import { listAnswerableInstruments } from './answerable-instrument';
import { queueInvitationEmail } from './invitation-email';
import {
  changedElsewhere,
  definitionOf,
  requireOpenInvitation,
  type QuestionnaireAnswersInput,
} from './save-questionnaire-draft';

/**
 * The person sends their answers: they are checked and scored, saved as an outcome measure (read
 * like meeting ratings: by the person and their care team, and exported as a FHIR
 * QuestionnaireResponse), the draft is cleared, and if the care team asked for it regularly the
 * next invitation is made. A response too incomplete to score is refused with how many to answer.
 */
export async function submitQuestionnaire(
  deps: ServiceDeps,
  input: QuestionnaireAnswersInput,
  actor: Actor,
): Promise<InstrumentResponseRecord> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const access = await requirePersonAccess(repositories, actor, input.personId, 'answer_questionnaire', now);
    return sendAnswers(repositories, deps, access, input, actor, now);
  });
}

/**
 * Sending, inside the caller's transaction, once the caller has checked that the actor may answer
 * the person's questionnaires: the app's form and the FHIR API share it.
 */
export async function sendAnswers(
  repositories: Repositories,
  deps: ServiceDeps,
  { person, basis }: PersonAccess,
  input: QuestionnaireAnswersInput,
  actor: Actor,
  now: Date,
): Promise<InstrumentResponseRecord> {
  const invitation = await requireOpenInvitation(repositories, person.id, input.invitationId);
  const definition = await definitionOf(repositories, invitation);
  throwIfIssues(
    'invalid-response',
    unansweredRequiredIssues(definition, {
      instrumentId: invitation.instrumentId,
      version: invitation.version,
      answers: input.answers,
    }),
  );
  const record = buildResponseRecord(
    definition,
    { instrumentId: invitation.instrumentId, version: invitation.version, answers: input.answers },
    {
      personId: person.id,
      purpose: 'outcome_measure',
      meetingId: null,
      completedAt: now,
      recordedByAccountId: actor.accountId,
    },
  );
  const unscored = record.scores.filter((score) => score.value === null);
  if (unscored.length > 0) {
    const answered = new Set(input.answers.map((answer) => answer.itemId)).size;
    throw new AppError(
      'bad_request',
      `Please answer more of the questions before sending: ${answered} of ${definition.items.length} are answered, too few to work out your score.`,
    );
  }
  await repositories.instruments.createResponse(record);
  if (!(await repositories.questionnaires.complete(person.id, invitation.id, input.revision, record.id, now)))
    throw changedElsewhere();
  // Answered before its email went out (filled in early): the email has nothing left to announce.
  if (invitation.emailId) await repositories.outbox.withdraw(invitation.emailId, now);
  const schedule = await repositories.questionnaires.findSchedule(person.id, invitation.instrumentId);
  // The next one asks the version in force now: an imported instrument may have a newer one, or
  // may no longer be offered, and then the schedule asks nothing more (ADR 0053).
  const current = schedule && !schedule.stoppedAt ? await nextVersion(repositories, invitation.instrumentId) : null;
  if (schedule && !schedule.stoppedAt && current !== undefined) {
    const dueOn = nextDueOn(isoDate(now), schedule.everyDays);
    await repositories.questionnaires.createInvitation({
      ...invitation,
      id: newId(),
      version: current?.version ?? definition.version,
      dueOn,
      origin: 'care_team',
      createdByAccountId: schedule.setByAccountId,
      createdAt: now,
      draftAnswers: [],
      revision: 0,
      draftSavedAt: null,
      emailId: await queueInvitationEmail(repositories, deps, person, dueOn),
    });
  }
  await recordAudit(repositories, actor, now, {
    action: 'questionnaire.submit',
    personId: person.id,
    basis,
    detail: { invitationId: invitation.id, responseId: record.id, instrumentId: invitation.instrumentId },
  });
  return record;
}

/** The version the next scheduled invitation asks; undefined when an imported one is no longer offered. */
async function nextVersion(repositories: Repositories, instrumentId: string) {
  const current = (await listAnswerableInstruments(repositories)).find((d) => d.id === instrumentId);
  if (current || isSelfReportInstrument(instrumentId)) return current ?? null;
  return undefined;
}
