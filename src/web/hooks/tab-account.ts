/**
 * The account last signed in in this browser tab, kept for the tab only (a reload keeps it, a new
 * tab does not). After a session ends, the sign-in page takes someone back to the page they were on
 * only when the same account signs in again: on a shared tablet the next worker starts at their own
 * home page, not on the record the one before them had open.
 */
const KEY = 'tandem.tab-account';

export const tabAccount = {
  get(): string | null {
    try {
      return window.sessionStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  set(accountId: string): void {
    try {
      window.sessionStorage.setItem(KEY, accountId);
    } catch {
      // Storage blocked: the sign-in page then goes to the home page of whoever signs in.
    }
  },
};
