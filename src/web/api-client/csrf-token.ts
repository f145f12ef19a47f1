// Held in memory only: a page load fetches it again from GET /me.
let current: string | null = null;

/** The CSRF token that every changing request sends back in the x-csrf-token header. */
export const csrfToken = {
  get: (): string | null => current,
  set: (token: string | null): void => {
    current = token;
  },
};
