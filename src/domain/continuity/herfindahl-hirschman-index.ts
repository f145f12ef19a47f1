import { workerContactCounts } from './worker-contact-counts';

/**
 * Herfindahl–Hirschman index of concentration: HHI = Σ_j (n_j / N)². It is 1 when one worker saw
 * every contact and 1/K when K workers shared the contacts equally. It relates to the Bice–Boxerman
 * index by COC = (N·HHI − 1) / (N − 1).
 * Source: Hirschman AO. The paternity of an index. Am Econ Rev 1964;54(5):761; used as a continuity
 * measure by Pollack CE et al., Measuring care continuity: a comparison of claims-based methods,
 * Med Care 2016;54(5):e30–e34.
 *
 * Edge cases: no contacts → null; one contact → 1.
 */
export function herfindahlHirschmanIndex(workerIds: readonly string[]): number | null {
  const total = workerIds.length;
  if (total === 0) return null;
  let sumOfSquares = 0;
  for (const count of workerContactCounts(workerIds).values()) sumOfSquares += count * count;
  return sumOfSquares / (total * total);
}
