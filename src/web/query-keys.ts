/** One place for the cache keys, so a change can refresh exactly what it affects. */
export const queryKeys = {
  me: ['me'] as const,
  caseload: ['caseload'] as const,
  person: (personId: string) => ['people', personId] as const,
  contacts: (personId: string) => ['people', personId, 'contacts'] as const,
  accessLog: (personId: string) => ['people', personId, 'access-log'] as const,
  team: ['team'] as const,
  caredFor: ['cared-for'] as const,
  organisationSummary: ['organisation', 'summary'] as const,
  organisation: ['admin', 'organisation'] as const,
};
