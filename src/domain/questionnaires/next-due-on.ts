/**
 * The day the next invitation is due after one is completed: `everyDays` after the day it was
 * completed, so a late answer does not bring the next one closer than the gap the care team chose.
 *
 * @example nextDueOn('2026-03-10', 91) // '2026-06-09'
 */
export function nextDueOn(completedOn: string, everyDays: number): string {
  const next = new Date(`${completedOn}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + everyDays);
  return next.toISOString().slice(0, 10);
}
