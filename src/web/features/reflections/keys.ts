/** Cache keys for reflective logs: one's own, a supervisee's shared entries, and a manager's supervisees. */
export const reflectionKeys = {
  all: ['reflections'] as const,
  own: () => ['reflections', 'own'] as const,
  supervisees: () => ['reflections', 'supervisees'] as const,
  supervisee: (workerId: string) => ['reflections', 'supervisee', workerId] as const,
};
