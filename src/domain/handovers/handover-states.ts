// A planned change of care coordinator, and the joint meeting with both workers offered before it.

/** Where a handover stands: planned ahead, completed on its day (or when confirmed), or cancelled. */
export const HANDOVER_STATUSES = ['planned', 'completed', 'cancelled'] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

/**
 * The joint meeting with the outgoing and the new worker: offered when the handover is planned,
 * then held, declined by the person, or not held (offered but it did not happen).
 */
export const JOINT_MEETING_STATES = ['offered', 'held', 'declined', 'not_held'] as const;
export type JointMeetingState = (typeof JOINT_MEETING_STATES)[number];

export const JOINT_MEETING_LABELS: Record<JointMeetingState, string> = {
  offered: 'Offered, not yet held',
  held: 'Held with both workers',
  declined: 'The person did not want one',
  not_held: 'Offered, but it did not happen',
};

export const HANDOVER_STATUS_LABELS: Record<HandoverStatus, string> = {
  planned: 'Planned',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

const DAY_MS = 86_400_000;

/**
 * Days of notice the person had: from the day the handover was planned (UTC) to the day the new
 * coordinator started; never negative (a handover planned after the fact gave no notice).
 *
 * @example daysOfNotice(new Date('2026-06-01T15:00:00Z'), '2026-06-15') // 14
 */
export function daysOfNotice(plannedAt: Date, handoverOn: string): number {
  const plannedDay = Date.parse(plannedAt.toISOString().slice(0, 10));
  return Math.max(0, Math.round((Date.parse(handoverOn) - plannedDay) / DAY_MS));
}

/** The most notes may hold, in characters: the person's addition and the outgoing worker's note alike. */
export const HANDOVER_NOTE_MAX = 4_000;
