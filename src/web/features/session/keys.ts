/** Cache keys for the signed-in account. Signing in clears every other key but this one. */
export const sessionKeys = {
  me: ['me'] as const,
};
