/** Cache keys for carers: the people a carer cares for, and what a person shares with each carer. */
export const carerKeys = {
  caredFor: ['cared-for'] as const,
  /** Under the person's record key, so refreshing the record refreshes it too. */
  sharing: (personId: string) => ['people', personId, 'carer-sharing'] as const,
};
