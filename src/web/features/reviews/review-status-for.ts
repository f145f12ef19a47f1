import { todayIsoDate } from '../../ui/format/today-iso-date';

export type ReviewStatus = 'overdue' | 'due_soon' | 'scheduled' | 'none';

/** Reviews within this many days count as due soon, as on the worker's caseload. */
const DUE_SOON_DAYS = 28;

/** Whether a review due on this date is overdue, due soon or simply booked, seen from today. */
export function reviewStatusFor(dueOn: string | null): ReviewStatus {
  if (!dueOn) return 'none';
  const today = todayIsoDate();
  if (dueOn < today) return 'overdue';
  const days = (Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return days <= DUE_SOON_DAYS ? 'due_soon' : 'scheduled';
}
