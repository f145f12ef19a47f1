/** Cache keys of the questionnaires feature, so a change refreshes exactly what it affects. */
export const questionnaireKeys = {
  forPerson: (personId: string) => ['people', personId, 'questionnaires'] as const,
};
