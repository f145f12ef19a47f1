/** Cache keys for relationship feedback (under the person's key, see person/keys.ts) and the instruments it uses. */
export const feedbackKeys = {
  relationship: (personId: string) => ['people', personId, 'feedback'] as const,
  instruments: ['instruments'] as const,
};
