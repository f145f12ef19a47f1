import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { relationshipAlerts, type RelationshipAlert } from './relationship-alert';

export interface AcknowledgeFeedbackAlertInput {
  personId: string;
  /** The alert's key, as the alert lists give it. */
  alertKey: string;
}

/**
 * The worker notes that they have seen an alert about their relationship with the person: it
 * leaves the caseload's list and count, and the person's page says who acknowledged it and when.
 * Only an alert that stands now can be acknowledged; acknowledging it twice keeps the first note.
 */
export async function acknowledgeFeedbackAlert(
  deps: ServiceDeps,
  input: AcknowledgeFeedbackAlertInput,
  actor: Actor,
): Promise<RelationshipAlert> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'read_feedback', now);
    const workerId = actor.workerId;
    if (basis !== 'care_team' || !workerId)
      throw new AppError(
        'forbidden',
        'Only a worker in the person’s care team acknowledges alerts about their relationship.',
      );
    const relationship = { personId: person.id, workerId };
    const entries = await repositories.feedback.listForPerson(person.id, workerId);
    const current = relationshipAlerts(relationship, entries, [], deps.feedbackAlertThresholds).find(
      (alert) => alert.key === input.alertKey,
    );
    if (!current)
      throw new AppError(
        'not_found',
        'There is no such alert about this person now; it may have been replaced by newer feedback.',
      );
    await repositories.feedback.acknowledgeAlert({
      ...relationship,
      alertKey: current.key,
      acknowledgedByAccountId: actor.accountId,
      acknowledgedByName: actor.displayName,
      acknowledgedAt: now,
    });
    await recordAudit(repositories, actor, now, {
      action: 'feedback.alert.acknowledge',
      personId: person.id,
      basis,
      detail: { alert: current.key },
    });
    const [saved] = relationshipAlerts(
      relationship,
      entries,
      await repositories.feedback.listAlertAcknowledgements(workerId, [person.id]),
      deps.feedbackAlertThresholds,
    ).filter((alert) => alert.key === current.key);
    return saved ?? current;
  });
}
