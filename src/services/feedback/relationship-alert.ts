import type { FeedbackAlert } from '../../domain/feedback/feedback-alerts';

/** An alert with the relationship it is about. */
export interface RelationshipAlert extends FeedbackAlert {
  personId: string;
  workerId: string;
}

/** Most recent meeting first, so the freshest concerns lead. */
export const newestAlertFirst = (a: { occurredAt: Date }, b: { occurredAt: Date }): number => b.occurredAt.getTime() - a.occurredAt.getTime();
