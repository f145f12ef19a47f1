import type { AccountListing } from '../../services/accounts/list-accounts';
import type { OwnSession } from '../../services/accounts/own-sessions';
import type { AccountDto, OwnSessionDto } from '../../shared/api/accounts.responses';

export const presentAccount = (a: AccountListing): AccountDto => ({
  ...a,
  lastSignInAt: a.lastSignInAt?.toISOString() ?? null,
  disabledAt: a.disabledAt?.toISOString() ?? null,
});

export const presentOwnSession = (s: OwnSession): OwnSessionDto => ({
  ...s,
  createdAt: s.createdAt.toISOString(),
  lastSeenAt: s.lastSeenAt.toISOString(),
});
