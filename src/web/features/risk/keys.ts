/** Cache keys for the discussions of one person's risk formulation, and their positive risk-taking plan's review date. */
export const riskKeys = {
  discussions: (personId: string) => ['people', personId, 'risk-formulation', 'discussions'] as const,
  planReview: (personId: string) => ['people', personId, 'positive-risk-plan', 'review'] as const,
};
