/** Cache keys for handovers: under the person's record key, so refreshing the record refreshes them. */
export const handoverKeys = {
  forPerson: (personId: string) => ['people', personId, 'handovers'] as const,
  forWorker: (workerId: string) => ['workers', workerId, 'handovers'] as const,
};
