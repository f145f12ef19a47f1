/** Most services review a care plan at least once a year (CPA; Care and Treatment Planning in Wales). */
export const DEFAULT_REVIEW_CADENCE_MONTHS = 12;

/** The date `months` calendar months after `day` (YYYY-MM-DD), clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/** When the next review falls due after one held on `heldOn`, at the team's cadence. */
export function nextReviewDue(heldOn: string, cadenceMonths: number | null | undefined): string {
  const months = cadenceMonths && cadenceMonths > 0 ? cadenceMonths : DEFAULT_REVIEW_CADENCE_MONTHS;
  return addMonths(heldOn, months);
}
