import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { toFeedbackPoints } from '../../domain/feedback/feedback-entry';
import { DEFAULT_FEEDBACK_VISIBILITY, type FeedbackVisibility } from '../../domain/feedback/feedback-visibility';
import {
  relationshipTrend,
  type FeedbackViewer,
  type RelationshipTrend,
} from '../../domain/feedback/relationship-trend';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { Repositories } from '../ports';
import { feedbackInvitations, type FeedbackInvitation } from './feedback-invitations';
import type { RelationshipFeedbackRecord } from './ports';
import { newestAlertFirst, relationshipAlerts, type RelationshipAlert } from './relationship-alert';
import { mapInTurn } from '../in-turn';

export interface RelationshipFeedbackView {
  viewer: FeedbackViewer;
  /** The person's standing choice; shown to the person only. */
  preference: { visibility: FeedbackVisibility; isDefault: boolean } | null;
  /** For the person, every relationship with feedback; for a worker, their own only. */
  relationships: { workerId: string; workerName: string; trend: RelationshipTrend }[];
  /** For a worker, alerts about their relationship with the person, acknowledged or not. */
  alerts: RelationshipAlert[];
  /** Recent meetings awaiting the viewer's feedback: the person's, or the worker's own view. */
  invitations: FeedbackInvitation[];
}

/**
 * Relationship feedback on a person's record, as the viewer may see it: the person sees their own
 * answers, their standing choice and what is awaiting feedback; a worker sees the trend and the
 * alerts of their own relationship with the person, within what the person chose to show, and
 * the recent meetings they were at that still await their own view.
 */
export async function getRelationshipFeedback(
  deps: ServiceDeps,
  input: { personId: string },
  actor: Actor,
): Promise<RelationshipFeedbackView> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'read_feedback', now);
    const viewer: FeedbackViewer = basis === 'self' ? 'person' : 'worker';
    if (viewer === 'worker' && !actor.workerId)
      throw new AppError('forbidden', 'Only workers see relationship feedback about themselves.');
    const entries = await repositories.feedback.listForPerson(
      person.id,
      viewer === 'worker' ? (actor.workerId ?? undefined) : undefined,
    );
    const relationships = await trendsByWorker(repositories, entries, viewer);
    const workerId = viewer === 'worker' ? actor.workerId : null;
    const alerts: RelationshipAlert[] = workerId
      ? relationshipAlerts(
          { personId: person.id, workerId },
          entries,
          await repositories.feedback.listAlertAcknowledgements(workerId, [person.id]),
          deps.feedbackAlertThresholds,
        )
      : [];
    const preference = viewer === 'person' ? await repositories.feedback.findPreference(person.id) : null;
    await recordAudit(repositories, actor, now, {
      action: 'feedback.read',
      personId: person.id,
      basis,
      detail: { relationships: relationships.length },
    });
    return {
      viewer,
      preference:
        viewer === 'person'
          ? { visibility: preference?.visibility ?? DEFAULT_FEEDBACK_VISIBILITY, isDefault: preference === null }
          : null,
      relationships,
      alerts: alerts.sort(newestAlertFirst),
      invitations: await feedbackInvitations(
        repositories,
        person.id,
        entries,
        now,
        viewer === 'worker' ? (actor.workerId ?? undefined) : undefined,
      ),
    };
  });
}

async function trendsByWorker(
  repositories: Repositories,
  entries: readonly RelationshipFeedbackRecord[],
  viewer: FeedbackViewer,
) {
  const workerIds = [...new Set(entries.map((entry) => entry.workerId))];
  const relationships = await mapInTurn(workerIds, async (workerId) => ({
    workerId,
    workerName: (await repositories.organisation.findWorker(workerId))?.name ?? 'A former worker',
    trend: relationshipTrend(toFeedbackPoints(entries.filter((entry) => entry.workerId === workerId)), viewer),
  }));
  return relationships.filter((relationship) => relationship.trend.points.length > 0);
}
