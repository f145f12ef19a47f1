import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { QuestionnaireScheduleRecord } from './ports';

export interface StopQuestionnaireScheduleInput {
  personId: string;
  instrumentId: string;
}

/**
 * The care team stops asking a person for a questionnaire (it no longer helps, or the person asked
 * them to stop). The invitation waiting for them goes unless they have begun it: a begun one stays,
 * so their answers are not lost, and sending it creates no next one. Setting the schedule again
 * restarts it.
 */
export async function stopQuestionnaireSchedule(
  deps: ServiceDeps,
  input: StopQuestionnaireScheduleInput,
  actor: Actor,
): Promise<QuestionnaireScheduleRecord & { withdrawn: number }> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'set_questionnaires', now);
    const schedule = await repositories.questionnaires.findSchedule(person.id, input.instrumentId);
    if (!schedule) throw new AppError('not_found', 'The care team does not ask for this questionnaire.');
    if (!(await repositories.questionnaires.stopSchedule(person.id, input.instrumentId, now, actor.accountId))) {
      throw new AppError('conflict', 'This questionnaire was already stopped. Reload to see who stopped it.');
    }
    const { count: withdrawn, emailIds } = await repositories.questionnaires.withdrawUnbegunInvitations(
      person.id,
      input.instrumentId,
    );
    // An email not yet sent would announce something that is no longer there.
    for (const emailId of emailIds) await repositories.outbox.withdraw(emailId, now);
    await recordAudit(repositories, actor, now, {
      action: 'questionnaire.schedule.stop',
      personId: person.id,
      basis,
      detail: { instrumentId: input.instrumentId, withdrawn },
    });
    return { ...schedule, stoppedAt: now, stoppedByAccountId: actor.accountId, withdrawn };
  });
}
