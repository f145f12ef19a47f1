/** Cache keys for meetings and relationship feedback; under the person's key so a save refreshes the record too. */
export const meetingQueryKeys = {
  opening: (personId: string) => ['people', personId, 'meetings', 'opening'] as const,
  ratings: (personId: string) => ['people', personId, 'meetings', 'ratings'] as const,
  feedback: (personId: string) => ['people', personId, 'feedback'] as const,
  caseloadAlerts: ['caseload', 'alerts'] as const,
  instruments: ['instruments'] as const,
};
