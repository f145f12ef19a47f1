/** Cache keys for one person's care plan, all under `all(personId)` so every care-plan change can refresh them at once. */
export const carePlanKeys = {
  all: (personId: string, document = 'care-plan') => ['people', personId, document] as const,
  plan: (personId: string) => ['people', personId, 'care-plan', 'current'] as const,
  versions: (personId: string) => ['people', personId, 'care-plan', 'versions'] as const,
  compare: (personId: string, from: number, to: number) =>
    ['people', personId, 'care-plan', 'compare', from, to] as const,
  messages: (personId: string, sectionKey: string, document = 'care-plan') =>
    ['people', personId, document, 'messages', sectionKey] as const,
};
