/** Cache keys for the organisation's de-identified figures. */
export const organisationKeys = {
  summary: ['organisation', 'summary'] as const,
};
