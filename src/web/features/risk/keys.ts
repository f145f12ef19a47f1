/** Cache keys for the discussions of one person's risk formulation. */
export const riskKeys = {
  discussions: (personId: string) => ['people', personId, 'risk-formulation', 'discussions'] as const,
};
