/** Cache keys of the account feature: one's own sessions, and the accounts administrators manage. */
export const accountKeys = {
  ownSessions: ['me', 'sessions'] as const,
  adminAccounts: ['admin', 'accounts'] as const,
};
