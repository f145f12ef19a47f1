import type { AccountRole } from '../../domain/accounts/account-role';
import type { Actor } from '../../domain/accounts/actor';
import { requireRole } from '../access/require-role';
import type { ServiceDeps } from '../ports';

export interface AccountListing {
  id: string;
  username: string;
  role: AccountRole;
  displayName: string;
  lastSignInAt: Date | null;
  disabledAt: Date | null;
  mustChangePassword: boolean;
  /** The name the organisation's sign-in knows a staff account by; null: not linked (ADR 0042). */
  ssoUsername: string | null;
  /** Whether a code from an authenticator app follows its password (ADR 0042). */
  usesSecondFactor: boolean;
}

/** The most accounts one page holds. */
export const ACCOUNTS_PAGE_LIMIT = 100;

export interface ListAccountsInput {
  /** Words that the username or the name it signs in as must contain; null for every account. */
  search?: string | null;
  /** The last username shown: the page starts after it. */
  afterUsername?: string | null;
  limit?: number;
}

/**
 * Sign-in accounts in username order, a page at a time, with when each last signed in and whether it
 * is disabled (administrators only). A service has thousands of accounts: they are found by search,
 * not scrolled through whole.
 */
export async function listAccounts(
  deps: ServiceDeps,
  input: ListAccountsInput,
  actor: Actor,
): Promise<{ accounts: AccountListing[]; hasMore: boolean }> {
  requireRole(actor, ['admin'], 'Only administrators manage accounts.');
  const limit = Math.min(input.limit ?? 50, ACCOUNTS_PAGE_LIMIT);
  return deps.uow.read(async (r) => {
    // One more than asked for says whether there is a next page without counting them all.
    const rows = await r.accounts.page({
      search: input.search?.trim() || null,
      afterUsername: input.afterUsername ?? null,
      limit: limit + 1,
    });
    const shown = rows.slice(0, limit);
    const withSecondFactor = new Set(await r.secondFactors.confirmedAmong(shown.map((a) => a.id)));
    return {
      accounts: shown.map((a) => ({
        id: a.id,
        username: a.username,
        role: a.role,
        displayName: a.displayName,
        lastSignInAt: a.lastSignInAt,
        disabledAt: a.disabledAt,
        mustChangePassword: a.mustChangePassword,
        ssoUsername: a.ssoUsername ?? null,
        usesSecondFactor: withSecondFactor.has(a.id),
      })),
      hasMore: rows.length > limit,
    };
  });
}
