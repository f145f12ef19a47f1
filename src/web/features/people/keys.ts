/** Query keys of the people feature: one place, so that changes invalidate exactly what they should. */
export const peopleKeys = {
  search: (query: string) => ['people', 'search', query] as const,
};
