import { boolean, bigint, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { account } from './accounts.schema';
import { createdAt } from './columns';

// Staff sign-in beyond a password: single sign-on through the service's OpenID provider, and a
// second factor (TOTP) with recovery codes for staff who sign in with a password (ADR 0042).

/**
 * One single sign-on attempt between leaving for the provider and coming back: the state's hash,
 * the PKCE verifier and the nonce. Used once (`usedAt`), so a replayed answer is refused.
 */
export const ssoSignIn = pgTable(
  'sso_sign_in',
  {
    stateHash: text('state_hash').primaryKey(),
    codeVerifier: text('code_verifier').notNull(),
    nonce: text('nonce').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('sso_sign_in_expires_idx').on(t.expiresAt)],
);

/**
 * Back-channel logout tokens already acted on, by their `jti`, so a replayed one is refused
 * (ADR 0055). Kept only as long as a token that old would still be accepted.
 */
export const ssoLogoutToken = pgTable(
  'sso_logout_token',
  {
    jti: text('jti').primaryKey(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('sso_logout_token_expires_idx').on(t.expiresAt)],
);

/** An account's authenticator secret; it counts only once confirmed with a first code. */
export const secondFactor = pgTable('second_factor', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => account.id, { onDelete: 'cascade' }),
  secret: text('secret').notNull(),
  createdAt: createdAt(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'date' }),
  /** The 30-second step of the last code accepted: a code is never accepted twice. */
  lastUsedStep: bigint('last_used_step', { mode: 'number' }),
});

/** Recovery codes, shown once and kept only as hashes; each works once. */
export const recoveryCode = pgTable(
  'recovery_code',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.codeHash] })],
);

/** The roles an administrator requires a second factor of. */
export const secondFactorRequirement = pgTable('second_factor_requirement', {
  role: text('role').primaryKey(),
  isRequired: boolean('is_required').notNull(),
  changedAt: timestamp('changed_at', { withTimezone: true, mode: 'date' }).notNull(),
  changedBy: uuid('changed_by').references(() => account.id, { onDelete: 'set null' }),
});

/** A right password waiting for its second factor: a short-lived token, its account, and the wrong codes so far. */
export const signInChallenge = pgTable(
  'sign_in_challenge',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    failures: integer('failures').notNull().default(0),
    /** The known-device cookie's hash sent with the password, remembered once the code is right. */
    deviceHash: text('device_hash'),
    createdAt: createdAt(),
  },
  (t) => [index('sign_in_challenge_account_idx').on(t.accountId)],
);
