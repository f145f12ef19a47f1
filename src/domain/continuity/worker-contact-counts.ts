/**
 * Number of contacts with each worker, keyed by worker id. Ids are compared exactly (no trimming,
 * no case folding): deciding that two spellings are one worker is the caller's job.
 */
export function workerContactCounts(workerIds: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const workerId of workerIds) counts.set(workerId, (counts.get(workerId) ?? 0) + 1);
  return counts;
}
