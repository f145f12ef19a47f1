/** Why a person left the service; "other" needs a written reason. */
export const DISCHARGE_REASONS = [
  'recovered',
  'moved_to_primary_care',
  'transferred_to_another_service',
  'moved_away',
  'chose_to_leave',
  'died',
  'other',
] as const;

export type DischargeReason = (typeof DISCHARGE_REASONS)[number];

export const DISCHARGE_REASON_LABELS: Record<DischargeReason, string> = {
  recovered: 'Recovered: no longer needs the service',
  moved_to_primary_care: 'Care moved to their GP',
  transferred_to_another_service: 'Transferred to another service',
  moved_away: 'Moved out of the area',
  chose_to_leave: 'Chose to leave the service',
  died: 'Died',
  other: 'Other',
};
