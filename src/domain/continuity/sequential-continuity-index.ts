/**
 * Sequential Continuity index: SECON = (Σ_{i=1}^{N−1} c_i) / (N − 1), where c_i is 1 when contacts
 * i and i + 1 (in time order) were with the same worker and 0 otherwise. It measures hand-offs
 * between workers, which the count-based indices cannot see.
 * Source: Steinwachs DM. Measuring provider continuity in ambulatory care: an assessment of
 * alternative approaches. Med Care 1979;17(6):551–565.
 *
 * The ids must already be in time order (see `orderContacts`).
 * Edge cases: fewer than 2 contacts → null (there is no consecutive pair).
 */
export function sequentialContinuityIndex(workerIdsInTimeOrder: readonly string[]): number | null {
  const total = workerIdsInTimeOrder.length;
  if (total < 2) return null;
  let samePairs = 0;
  for (let index = 1; index < total; index += 1) {
    if (workerIdsInTimeOrder[index] === workerIdsInTimeOrder[index - 1]) samePairs += 1;
  }
  return samePairs / (total - 1);
}
