import { and, asc, desc, eq, gt, ilike, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { AccountRole } from '../domain/accounts/account-role';
import type { AccountRecord, AccountRepository, SessionRepository } from '../services/accounts/ports';
import type { Database } from './database';
import { account, session } from './schema/accounts.schema';
import { carer, person, worker } from './schema/organisation.schema';

/** An account row as the services see it. */
export const toAccount = (row: typeof account.$inferSelect): AccountRecord => ({
  id: row.id,
  username: row.username,
  passwordHash: row.passwordHash,
  role: row.role as AccountRole,
  workerId: row.workerId,
  personId: row.personId,
  carerId: row.carerId,
  disabledAt: row.disabledAt,
  mustChangePassword: row.mustChangePassword,
  lastSignInAt: row.lastSignInAt,
  ssoUsername: row.ssoUsername,
  ssoSubject: row.ssoSubject,
});

/** `like` patterns match the words as typed: % and _ in a name are not wildcards. */
const likeWord = (word: string): string => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Sign-in accounts. */
export function createAccountRepository(db: Database): AccountRepository {
  const workerName = async (id: string) =>
    (await db.select({ name: worker.name }).from(worker).where(eq(worker.id, id)))[0]?.name;
  const personName = async (id: string) =>
    (await db.select({ name: person.preferredName, full: person.name }).from(person).where(eq(person.id, id))).map(
      (p) => p.name ?? p.full,
    )[0];
  const carerName = async (id: string) =>
    (await db.select({ name: carer.name }).from(carer).where(eq(carer.id, id)))[0]?.name;
  return {
    create: async (row) => void (await db.insert(account).values(row)),
    findById: async (id) => {
      const rows = await db.select().from(account).where(eq(account.id, id));
      return rows[0] ? toAccount(rows[0]) : null;
    },
    findByUsername: async (username) => {
      const rows = await db.select().from(account).where(eq(account.username, username));
      return rows[0] ? toAccount(rows[0]) : null;
    },
    page: async ({ search, afterUsername, limit }) => {
      const name = sql<string>`coalesce(${worker.name}, ${person.preferredName}, ${person.name}, ${carer.name}, ${account.username})`;
      const words = (search ?? '').split(/\s+/).filter(Boolean);
      const conditions: SQL[] = [
        ...(afterUsername === null ? [] : [gt(account.username, afterUsername)]),
        ...words.map((word) =>
          or(
            ilike(account.username, likeWord(word)),
            ilike(worker.name, likeWord(word)),
            ilike(person.name, likeWord(word)),
            ilike(person.preferredName, likeWord(word)),
            ilike(carer.name, likeWord(word)),
          )!,
        ),
      ];
      const rows = await db
        .select({ account, displayName: name })
        .from(account)
        .leftJoin(worker, eq(worker.id, account.workerId))
        .leftJoin(person, eq(person.id, account.personId))
        .leftJoin(carer, eq(carer.id, account.carerId))
        .where(and(...conditions))
        .orderBy(asc(account.username))
        .limit(limit);
      return rows.map((row) => ({ ...toAccount(row.account), displayName: row.displayName }));
    },
    list: async () => (await db.select().from(account).orderBy(asc(account.username))).map(toAccount),
    recordSignIn: async (id, at) => void (await db.update(account).set({ lastSignInAt: at }).where(eq(account.id, id))),
    setPassword: async (id, passwordHash, mustChangePassword) =>
      void (await db.update(account).set({ passwordHash, mustChangePassword }).where(eq(account.id, id))),
    setDisabled: async (id, disabledAt) =>
      void (await db.update(account).set({ disabledAt }).where(eq(account.id, id))),
    displayName: async (row) => {
      const name =
        (row.workerId && (await workerName(row.workerId))) ||
        (row.personId && (await personName(row.personId))) ||
        (row.carerId && (await carerName(row.carerId)));
      return name || row.username;
    },
  };
}

const sessionColumns = {
  tokenHash: session.tokenHash,
  accountId: session.accountId,
  csrfToken: session.csrfToken,
  expiresAt: session.expiresAt,
  lastSeenAt: session.lastSeenAt,
  userAgent: session.userAgent,
  mustEnrolSecondFactor: session.mustEnrolSecondFactor,
};

/**
 * Every request looks its session up: the statement is built once and, on PostgreSQL, prepared once
 * per connection (named), so neither Drizzle nor the server plans it again (ADR 0019).
 */
function prepareFindValid(db: Database) {
  return db
    .select({
      session: sessionColumns,
      account,
      workerName: worker.name,
      personName: sql<string | null>`coalesce(${person.preferredName}, ${person.name})`,
      carerName: carer.name,
    })
    .from(session)
    .innerJoin(account, eq(account.id, session.accountId))
    .leftJoin(worker, eq(worker.id, account.workerId))
    .leftJoin(person, eq(person.id, account.personId))
    .leftJoin(carer, eq(carer.id, account.carerId))
    .where(and(eq(session.tokenHash, sql.placeholder('tokenHash')), gt(session.expiresAt, sql.placeholder('now'))))
    .prepare('session_find_valid');
}

/** Sessions, stored so that any application server can check any cookie. */
export function createSessionRepository(db: Database): SessionRepository {
  let findValid: ReturnType<typeof prepareFindValid> | undefined;
  return {
    create: async (row) => void (await db.insert(session).values(row)),
    findValid: async (tokenHash, now) => {
      const rows = await db
        .select(sessionColumns)
        .from(session)
        .where(and(eq(session.tokenHash, tokenHash), gt(session.expiresAt, now)));
      return rows[0] ?? null;
    },
    findValidWithAccount: async (tokenHash, now) => {
      findValid ??= prepareFindValid(db);
      const rows = await findValid.execute({ tokenHash, now });
      const row = rows[0];
      if (!row) return null;
      // The same order as displayName: a worker's, a person's (the name they go by), a carer's, or the username.
      const displayName = row.workerName || row.personName || row.carerName || row.account.username;
      return { session: row.session, account: toAccount(row.account), displayName };
    },
    touch: async (tokenHash, at) =>
      void (await db.update(session).set({ lastSeenAt: at }).where(eq(session.tokenHash, tokenHash))),
    delete: async (tokenHash) => void (await db.delete(session).where(eq(session.tokenHash, tokenHash))),
    listForAccount: async (accountId, now) =>
      db
        .select({
          tokenHash: session.tokenHash,
          createdAt: session.createdAt,
          lastSeenAt: session.lastSeenAt,
          userAgent: session.userAgent,
        })
        .from(session)
        .where(and(eq(session.accountId, accountId), gt(session.expiresAt, now)))
        .orderBy(desc(session.lastSeenAt)),
    deleteForAccount: async (accountId, exceptTokenHash) =>
      (
        await db
          .delete(session)
          .where(
            and(eq(session.accountId, accountId), exceptTokenHash ? ne(session.tokenHash, exceptTokenHash) : undefined),
          )
          .returning({ t: session.tokenHash })
      ).length,
    deleteExpired: async (now) =>
      (await db.delete(session).where(lte(session.expiresAt, now)).returning({ t: session.tokenHash })).length,
  };
}
