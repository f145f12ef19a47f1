import type { AccountRole } from './labels';

// The signed-in account and its session.

export interface Me {
  accountId: string;
  username: string;
  role: AccountRole;
  displayName: string;
  workerId: string | null;
  personId: string | null;
  carerId: string | null;
}

export interface SessionResponse {
  me: Me;
  csrfToken: string;
  expiresAt: string;
}
