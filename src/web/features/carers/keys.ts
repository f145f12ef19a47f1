/** Cache keys for carers: the people a carer cares for, and what a person shares with each carer. */
export const carerKeys = {
  caredFor: ['cared-for'] as const,
  /** Under the person's record key, so refreshing the record refreshes it too. */
  sharing: (personId: string) => ['people', personId, 'carer-sharing'] as const,
  views: (personId: string) => ['people', personId, 'carer-views'] as const,
  assessments: (personId: string) => ['people', personId, 'carer-assessments'] as const,
  /** Requests for a carer's assessment waiting in the worker's care teams. */
  waitingAssessments: ['carer-assessments'] as const,
};
