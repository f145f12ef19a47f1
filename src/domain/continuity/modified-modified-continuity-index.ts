import { workerContactCounts } from './worker-contact-counts';

/**
 * Modified Modified Continuity Index:
 * MMCI = (1 − K / (N + 0.1)) / (1 − 1 / (N + 0.1)), with K distinct workers over N contacts.
 * The 0.1 keeps the index defined and lets it reach 1 with a single contact; the denominator
 * rescales so that one worker for every contact gives exactly 1. When every contact is with a
 * different worker (K = N ≥ 2) it gives 0.1 / (N − 0.9), small but not 0.
 * Source: Magill MK, Senf J. A new method for measuring continuity of care in family practice
 * residencies. J Fam Pract 1987;24(2):165–168.
 *
 * Edge cases: no contacts → null; one contact → 1 (K = N = 1 makes numerator equal denominator).
 */
export function modifiedModifiedContinuityIndex(workerIds: readonly string[]): number | null {
  const total = workerIds.length;
  if (total === 0) return null;
  const workers = workerContactCounts(workerIds).size;
  const adjusted = total + 0.1;
  return (1 - workers / adjusted) / (1 - 1 / adjusted);
}
