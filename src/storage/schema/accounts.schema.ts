import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { worker, carer } from './organisation.schema';
import { createdAt } from './columns';

// Sign-in accounts and their sessions.

export const account = pgTable(
  'account',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    workerId: uuid('worker_id').references(() => worker.id),
    personId: uuid('person_id'),
    carerId: uuid('carer_id').references(() => carer.id),
    disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
    /** Set when an administrator resets the password: the next sign-in must choose a new one. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    /** The name the service's identity provider knows this staff account by, set by an administrator (ADR 0042). */
    ssoUsername: text('sso_username'),
    /** The provider's subject (issuer and `sub`), bound at the first single sign-on. */
    ssoSubject: text('sso_subject'),
  },
  (t) => [
    uniqueIndex('account_username_idx').on(t.username),
    index('account_person_idx').on(t.personId),
    uniqueIndex('account_sso_username_idx').on(t.ssoUsername),
    uniqueIndex('account_sso_subject_idx').on(t.ssoSubject),
  ],
);

/** Sessions live in the database so that application servers stay stateless. Only a hash of the token is kept. */
export const session = pgTable(
  'session',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** The browser's own description of itself, so a person can tell their sessions apart. */
    userAgent: text('user_agent'),
    /** Signed in with a password while a second factor is required and not yet set up: only that may be done. */
    mustEnrolSecondFactor: boolean('must_enrol_second_factor').notNull().default(false),
    /**
     * The ID token of a single sign-on, sealed (ADR 0048): the hint the provider needs to end its own
     * session when this one is signed out of (ADR 0042). Null for every other way of signing in.
     */
    ssoIdToken: text('sso_id_token'),
    /**
     * Which provider identity (issuer and subject) and which provider session (`sid`) a single
     * sign-on came from, so the provider's back-channel logout ends it (ADR 0055). Null otherwise.
     */
    ssoSubject: text('sso_subject'),
    ssoSid: text('sso_sid'),
  },
  (t) => [
    index('session_account_idx').on(t.accountId),
    index('session_sso_subject_idx')
      .on(t.ssoSubject)
      .where(sql`sso_subject is not null`),
    index('session_sso_sid_idx')
      .on(t.ssoSid)
      .where(sql`sso_sid is not null`),
  ],
);
