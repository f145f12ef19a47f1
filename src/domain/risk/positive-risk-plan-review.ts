/**
 * When a positive risk-taking plan will be looked at again. A plan is for something the person is
 * trying now, so its review is soon: not in the past, and not more than two years ahead (a later
 * date is almost always a typing slip, such as 2062 for 2026).
 */
export const REVIEW_WITHIN_YEARS = 2;

/**
 * Why a review date cannot be right, or null when it can.
 *
 * @example reviewDateProblem('2026-06-14', '2026-06-15') // 'A review date cannot be in the past.'
 */
export function reviewDateProblem(reviewOn: string, today: string): string | null {
  if (reviewOn < today) return 'A review date cannot be in the past.';
  const latest = `${String(Number(today.slice(0, 4)) + REVIEW_WITHIN_YEARS).padStart(4, '0')}${today.slice(4)}`;
  if (reviewOn > latest) return `A review date cannot be more than ${REVIEW_WITHIN_YEARS} years ahead.`;
  return null;
}
