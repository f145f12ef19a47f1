/** Cache keys for the people a carer cares for. */
export const carerKeys = {
  caredFor: ['cared-for'] as const,
};
