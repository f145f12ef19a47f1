/** Cache keys for the team the signed-in manager runs. */
export const teamKeys = {
  mine: ['team'] as const,
};
