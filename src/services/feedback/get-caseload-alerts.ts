import type { Actor } from '../../domain/accounts/actor';
import { isoDate, monthsBefore } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { newestAlertFirst, relationshipAlerts, type RelationshipAlert } from './relationship-alert';

/** An alert on the worker's caseload, with the person's name for the list. */
export interface CaseloadAlert extends RelationshipAlert {
  personName: string;
  preferredName: string | null;
}

/**
 * Relationship-feedback alerts for the signed-in worker's own relationships with the people on
 * their caseload today that nobody has acknowledged yet, newest first; at most one per meeting,
 * each respecting what the person chose to show.
 */
export async function getCaseloadAlerts(deps: ServiceDeps, actor: Actor): Promise<CaseloadAlert[]> {
  if (!actor.workerId) throw new AppError('forbidden', 'Only workers have a caseload.');
  const workerId = actor.workerId;
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const today = isoDate(now);
    const people = new Map(
      (await repositories.careTeams.caseload(workerId, today, monthsBefore(today, 12))).map((row) => [
        row.personId,
        row,
      ]),
    );
    const personIds = [...people.keys()];
    const entries = await repositories.feedback.listForWorker(workerId, personIds);
    const acknowledgements = await repositories.feedback.listAlertAcknowledgements(workerId, personIds);
    const alerts = [...people.values()].flatMap((row) =>
      relationshipAlerts(
        { personId: row.personId, workerId },
        entries.filter((entry) => entry.personId === row.personId),
        acknowledgements,
        deps.feedbackAlertThresholds,
      )
        .filter((alert) => alert.acknowledged === null)
        .map((alert) => ({ ...alert, personName: row.personName, preferredName: row.preferredName })),
    );
    // One event for the list, as for the caseload: it names people, not what they said.
    await recordAudit(repositories, actor, now, {
      action: 'caseload.alerts.read',
      detail: { people: people.size, alerts: alerts.length },
    });
    return alerts.sort(newestAlertFirst);
  });
}
