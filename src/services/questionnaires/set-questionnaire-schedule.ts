import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { QUESTIONNAIRE_EVERY_DAYS } from '../../domain/questionnaires/self-report-instruments';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import { requireAnswerableInstrument } from './answerable-instrument';
import { queueInvitationEmail } from './invitation-email';
import type { QuestionnaireScheduleRecord } from './ports';

export interface SetQuestionnaireScheduleInput {
  personId: string;
  instrumentId: string;
  everyDays: number;
  /** When the first invitation is due; today when absent. Only used when none is open. */
  firstDueOn?: string;
}

/**
 * The care team asks a person to fill in a questionnaire every so many days (QPR-15 every 91 days,
 * say). The first invitation is created at once unless one is already open; each answer creates
 * the next (see `submitQuestionnaire`). Setting it again changes how often, and restarts a stopped one.
 */
export async function setQuestionnaireSchedule(
  deps: ServiceDeps,
  input: SetQuestionnaireScheduleInput,
  actor: Actor,
): Promise<QuestionnaireScheduleRecord> {
  const { min, max } = QUESTIONNAIRE_EVERY_DAYS;
  if (!Number.isInteger(input.everyDays) || input.everyDays < min || input.everyDays > max) {
    throw new AppError('bad_request', `How often must be a whole number of days from ${min} to ${max}.`);
  }
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'set_questionnaires', now);
    const definition = await requireAnswerableInstrument(repositories, input.instrumentId);
    const today = isoDate(now);
    if (input.firstDueOn !== undefined && input.firstDueOn < today)
      throw new AppError('bad_request', 'The first one cannot be due before today.');
    const schedule: QuestionnaireScheduleRecord = {
      personId: person.id,
      instrumentId: definition.id,
      everyDays: input.everyDays,
      setByAccountId: actor.accountId,
      setAt: now,
      stoppedAt: null,
      stoppedByAccountId: null,
    };
    await repositories.questionnaires.saveSchedule(schedule);
    const open = await repositories.questionnaires.listOpenInvitations(person.id);
    if (!open.some((invitation) => invitation.instrumentId === definition.id)) {
      const dueOn = input.firstDueOn ?? today;
      await repositories.questionnaires.createInvitation({
        personId: person.id,
        id: newId(),
        instrumentId: definition.id,
        version: definition.version,
        dueOn,
        origin: 'care_team',
        createdByAccountId: actor.accountId,
        createdAt: now,
        draftAnswers: [],
        revision: 0,
        draftSavedAt: null,
        emailId: await queueInvitationEmail(repositories, deps, person, dueOn),
        responseId: null,
        completedAt: null,
      });
    }
    await recordAudit(repositories, actor, now, {
      action: 'questionnaire.schedule',
      personId: person.id,
      basis,
      detail: { instrumentId: definition.id, everyDays: input.everyDays },
    });
    return schedule;
  });
}
