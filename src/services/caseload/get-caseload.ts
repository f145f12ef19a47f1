import type { Actor } from '../../domain/accounts/actor';
import type { CareTeamRole } from '../../domain/care-team/care-team-role';
import { recentCareCoordinatorChange } from '../../domain/care-team/care-coordinator-changes';
import { daysBetween, isoDate, monthsBefore } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { discussedSince, isDiscussionDue } from '../../domain/risk/risk-discussion';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { CarePlanNewsRow } from '../care-plan/ports';

export interface CaseloadEntry {
  personId: string;
  name: string;
  preferredName: string | null;
  role: CareTeamRole;
  memberSince: string;
  lastContactAt: Date | null;
  daysSinceLastContact: number | null;
  nextReviewDue: string | null;
  reviewStatus: 'overdue' | 'due_soon' | 'scheduled' | 'none';
  careCoordinatorsLast12Months: number;
  /** When the care coordinator changed, if that was in the last three months; null otherwise. */
  recentCoordinatorChangeOn: string | null;
  /** Questionnaires the care team asked for that are past their due day and not yet answered. */
  overdueQuestionnaires: number;
  /** What the person did in their plan that this worker has not seen yet; null when nothing. */
  carePlanNews: { declinedChanges: number; messagesFromPerson: number; latestAt: Date } | null;
  /** The risk formulation's discussions with the person: the last one, and whether one is due (ADR 0035). */
  riskDiscussion: { hasFormulation: boolean; lastDiscussedOn: string | null; isDue: boolean };
}

/** Reviews within this many days are flagged as due soon. */
export const REVIEW_DUE_SOON_DAYS = 28;

/** The signed-in worker's people today, at a glance. */
export async function getCaseload(deps: ServiceDeps, actor: Actor): Promise<CaseloadEntry[]> {
  if (!actor.workerId) throw new AppError('forbidden', 'Only workers have a caseload.');
  const workerId = actor.workerId;
  // One read and one audit insert, each atomic on its own: no BEGIN and COMMIT round trips (ADR 0018,
  // measured). The list is returned only once its event is written.
  return deps.uow.read(async (repositories) => {
    const now = deps.now();
    const today = isoDate(now);
    const recentSince = discussedSince(today);
    const rows = await repositories.careTeams.caseload(workerId, today, monthsBefore(today, 12));
    const news = await repositories.carePlans.newSince(
      actor.accountId,
      [...new Set(rows.map((row) => row.personId))],
      'worker',
    );
    // One event for the list: it shows names and dates, not the records themselves.
    await recordAudit(repositories, actor, now, { action: 'caseload.read', detail: { people: rows.length } });
    const newsByPerson = new Map<string, CarePlanNewsRow[]>();
    for (const item of news) newsByPerson.set(item.personId, [...(newsByPerson.get(item.personId) ?? []), item]);
    return rows.map((row) => ({
      personId: row.personId,
      name: row.personName,
      preferredName: row.preferredName,
      role: row.role,
      memberSince: row.memberSince,
      lastContactAt: row.lastContactAt,
      daysSinceLastContact: row.lastContactAt ? daysBetween(row.lastContactAt, now) : null,
      nextReviewDue: row.nextReviewDue,
      reviewStatus: reviewStatus(row.nextReviewDue, now),
      careCoordinatorsLast12Months: row.careCoordinatorsInWindow,
      recentCoordinatorChangeOn: recentCareCoordinatorChange(row.careCoordinatorChangedOn, today),
      overdueQuestionnaires: row.overdueQuestionnaires,
      carePlanNews: newsSince(newsByPerson.get(row.personId) ?? [], row.memberSince),
      riskDiscussion: riskDiscussion(row.hasRiskFormulation, row.riskDiscussedOn, recentSince),
    }));
  });
}

function riskDiscussion(
  hasFormulation: boolean,
  lastDiscussedOn: string | null,
  since: string,
): CaseloadEntry['riskDiscussion'] {
  return { hasFormulation, lastDiscussedOn, isDue: isDiscussionDue({ hasFormulation, lastDiscussedOn }, since) };
}

function reviewStatus(dueOn: string | null, now: Date): CaseloadEntry['reviewStatus'] {
  if (!dueOn) return 'none';
  const days = daysBetween(now, new Date(`${dueOn}T00:00:00Z`));
  if (days < 0) return 'overdue';
  return days <= REVIEW_DUE_SOON_DAYS ? 'due_soon' : 'scheduled';
}

/** Adds up what is new for one person, counting only what happened since the worker joined their care team. */
function newsSince(items: readonly CarePlanNewsRow[], memberSince: string): CaseloadEntry['carePlanNews'] {
  const since = new Date(`${memberSince}T00:00:00Z`).getTime();
  const recent = items.filter((item) => item.latestAt.getTime() >= since);
  if (recent.length === 0) return null;
  const total = (kind: CarePlanNewsRow['kind']) =>
    recent.filter((item) => item.kind === kind).reduce((sum, item) => sum + item.count, 0);
  return {
    declinedChanges: total('declined'),
    messagesFromPerson: total('message'),
    latestAt: new Date(Math.max(...recent.map((item) => item.latestAt.getTime()))),
  };
}
