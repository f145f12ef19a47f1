/** Cache keys of the second factor: one's own, and which roles must use it. */
export const secondFactorKeys = {
  status: ['me', 'second-factor'] as const,
  requirements: ['admin', 'second-factor'] as const,
};
