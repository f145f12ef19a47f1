/** Cache keys for a person's reviews (under the person's key, see person/keys.ts) and the worker's calendar address. */
export const reviewKeys = {
  list: (personId: string) => ['people', personId, 'reviews'] as const,
  choices: (personId: string) => ['people', personId, 'reviews', 'choices'] as const,
  calendarFeed: ['calendar-feed'] as const,
};
