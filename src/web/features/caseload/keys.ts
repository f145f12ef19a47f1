/** Cache keys for the worker's caseload; invalidating `all` refreshes the alerts too. */
export const caseloadKeys = {
  all: ['caseload'] as const,
  alerts: ['caseload', 'alerts'] as const,
};
