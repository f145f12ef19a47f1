import { workerContactCounts } from './worker-contact-counts';

/**
 * Bice–Boxerman Continuity of Care index: COC = (Σ n_j² − N) / (N(N − 1)), where n_j is the number
 * of contacts with worker j and N the number of contacts. It is the probability that two distinct
 * contacts drawn at random were with the same worker: 1 when one worker saw every contact, 0 when
 * every contact was with a different worker.
 * Source: Bice TW, Boxerman SB. A quantitative measure of continuity of care.
 * Med Care 1977;15(4):347–349.
 *
 * Edge cases: fewer than 2 contacts → null (N(N − 1) = 0: there is no pair to compare).
 */
export function continuityOfCareIndex(workerIds: readonly string[]): number | null {
  const total = workerIds.length;
  if (total < 2) return null;
  let sumOfSquares = 0;
  for (const count of workerContactCounts(workerIds).values()) sumOfSquares += count * count;
  return (sumOfSquares - total) / (total * (total - 1));
}
