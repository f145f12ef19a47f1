import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { CarerShareScope } from '../domain/access/person-access-policy';
import type { DischargeReason } from '../domain/people/discharge-reasons';
import type { CarerLinkView, OrganisationRepository, PersonRecord, WorkerRecord } from '../services/organisation/ports';
import type { Database } from './database';
import { inBatches } from './in-batches';
import {
  carer,
  carerLink,
  crisisContact,
  crisisContactList,
  person,
  site,
  team,
  worker,
} from './schema/organisation.schema';
import { contact } from './schema/contacts.schema';

const toLink = (row: typeof carerLink.$inferSelect): CarerLinkView => ({
  personId: row.personId,
  carerId: row.carerId,
  relationship: row.relationship,
  sharedScopes: row.sharedScopes as CarerShareScope[],
  version: row.version,
});

const workerColumns = {
  id: worker.id,
  name: worker.name,
  profession: worker.profession,
  teamId: worker.teamId,
  email: worker.email,
  phone: worker.phone,
  leftOn: worker.leftOn,
  version: worker.version,
};
const teamColumns = {
  id: team.id,
  siteId: team.siteId,
  name: team.name,
  reviewCadenceMonths: team.reviewCadenceMonths,
  phone: team.phone,
  serviceHours: team.serviceHours,
  version: team.version,
};
const personColumns = {
  id: person.id,
  name: person.name,
  preferredName: person.preferredName,
  dateOfBirth: person.dateOfBirth,
  teamId: person.teamId,
  localIdentifier: person.localIdentifier,
  joinedOn: person.joinedOn,
  dischargedOn: person.dischargedOn,
  dischargeReason: person.dischargeReason,
  dischargeNote: person.dischargeNote,
  researchOptOut: person.researchOptOut,
  emailAddress: person.emailAddress,
  wantsEmail: person.wantsEmail,
  version: person.version,
};
const carerColumns = { id: carer.id, name: carer.name, phone: carer.phone, version: carer.version };
const toPerson = (row: Omit<PersonRecord, 'dischargeReason'> & { dischargeReason: string | null }): PersonRecord => ({
  ...row,
  dischargeReason: row.dischargeReason as DischargeReason | null,
});
/** `like` patterns match the words as typed: % and _ in a name are not wildcards. */
const likeWord = (word: string): string => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const updated = (rows: unknown[]): boolean => rows.length > 0;
/** The key of the crisis contacts' one version row: the service has one list. */
const CRISIS_CONTACT_LIST = 'service';

/** Sites, teams, workers, people and carers. */
export function createOrganisationRepository(db: Database): OrganisationRepository {
  return {
    createSite: async (row) => void (await db.insert(site).values(row)),
    listSites: () => db.select({ id: site.id, name: site.name }).from(site).orderBy(asc(site.name)),
    findSite: async (id) =>
      (await db.select({ id: site.id, name: site.name }).from(site).where(eq(site.id, id)))[0] ?? null,
    createTeam: async (row) => void (await db.insert(team).values(row)),
    listTeams: () => db.select(teamColumns).from(team).orderBy(asc(team.name)),
    findTeam: async (id) => (await db.select(teamColumns).from(team).where(eq(team.id, id)))[0] ?? null,
    updateTeamContact: async (id, version, change) =>
      updated(
        await db
          .update(team)
          .set({ ...change, version: version + 1 })
          .where(and(eq(team.id, id), eq(team.version, version)))
          .returning({ id: team.id }),
      ),
    updateWorker: async (id, version, change) =>
      updated(
        await db
          .update(worker)
          .set({ ...change, version: version + 1 })
          .where(and(eq(worker.id, id), eq(worker.version, version)))
          .returning({ id: worker.id }),
      ),
    createWorker: async (row) => void (await db.insert(worker).values(row)),
    listWorkers: (filter) =>
      db
        .select(workerColumns)
        .from(worker)
        .where(filter?.teamId ? eq(worker.teamId, filter.teamId) : undefined)
        .orderBy(asc(worker.name)) as Promise<WorkerRecord[]>,
    findWorker: async (id) =>
      ((await db.select(workerColumns).from(worker).where(eq(worker.id, id)))[0] as WorkerRecord | undefined) ?? null,
    createPerson: async (row) => void (await db.insert(person).values(row)),
    listPeople: async (filter) =>
      (
        await db
          .select(personColumns)
          .from(person)
          .where(filter?.teamId ? eq(person.teamId, filter.teamId) : undefined)
          .orderBy(asc(person.name))
      ).map(toPerson),
    findPerson: async (id) => {
      const [row] = await db.select(personColumns).from(person).where(eq(person.id, id));
      return row ? toPerson(row) : null;
    },
    findPersonByIdentifier: async (localIdentifier) => {
      const [row] = await db.select(personColumns).from(person).where(eq(person.localIdentifier, localIdentifier));
      return row ? toPerson(row) : null;
    },
    searchPeople: async ({ words, identifier, limit }) => {
      const byName =
        words.length > 0
          ? and(
              ...words.map((word): SQL =>
                or(ilike(person.name, likeWord(word)), ilike(person.preferredName, likeWord(word)))!,
              ),
            )
          : undefined;
      const byIdentifier = identifier ? eq(person.localIdentifier, identifier) : undefined;
      const where = byName && byIdentifier ? or(byName, byIdentifier) : (byName ?? byIdentifier);
      if (!where) return [];
      return db
        .select({
          id: person.id,
          name: person.name,
          preferredName: person.preferredName,
          dateOfBirth: person.dateOfBirth,
          localIdentifier: person.localIdentifier,
          teamId: person.teamId,
          teamName: team.name,
          dischargedOn: person.dischargedOn,
        })
        .from(person)
        .innerJoin(team, eq(team.id, person.teamId))
        .where(where)
        .orderBy(asc(person.name), asc(person.id))
        .limit(limit);
    },
    updatePersonDetails: async (id, version, details) =>
      updated(
        await db
          .update(person)
          .set({ ...details, version: version + 1, updatedAt: sql`now()` })
          .where(and(eq(person.id, id), eq(person.version, version)))
          .returning({ id: person.id }),
      ),
    dischargePerson: async (id, version, discharge) =>
      updated(
        await db
          .update(person)
          .set({ ...discharge, version: version + 1, updatedAt: sql`now()` })
          .where(and(eq(person.id, id), eq(person.version, version)))
          .returning({ id: person.id }),
      ),
    setEmailChoice: async (id, choice) =>
      void (await db
        .update(person)
        .set({ ...choice, updatedAt: sql`now()` })
        .where(eq(person.id, id))),
    setResearchOptOut: async (id, optOut) =>
      void (await db
        .update(person)
        .set({ researchOptOut: optOut, updatedAt: sql`now()` })
        .where(eq(person.id, id))),
    createCarer: async (row) => void (await db.insert(carer).values(row)),
    listCarers: () => db.select(carerColumns).from(carer).orderBy(asc(carer.name)),
    findCarer: async (id) => (await db.select(carerColumns).from(carer).where(eq(carer.id, id)))[0] ?? null,
    updateCarer: async (id, version, change) =>
      updated(
        await db
          .update(carer)
          .set({ ...change, version: version + 1 })
          .where(and(eq(carer.id, id), eq(carer.version, version)))
          .returning({ id: carer.id }),
      ),
    updateCarerLink: async (personId, carerId, relationship) =>
      void (await db
        .update(carerLink)
        .set({ relationship })
        .where(and(eq(carerLink.personId, personId), eq(carerLink.carerId, carerId)))),
    listCrisisContacts: () =>
      db
        .select({
          id: crisisContact.id,
          name: crisisContact.name,
          phone: crisisContact.phone,
          hours: crisisContact.hours,
          note: crisisContact.note,
          position: crisisContact.position,
        })
        .from(crisisContact)
        .orderBy(asc(crisisContact.position), asc(crisisContact.name)),
    crisisContactsVersion: async () =>
      (
        await db
          .select({ version: crisisContactList.version })
          .from(crisisContactList)
          .where(eq(crisisContactList.id, CRISIS_CONTACT_LIST))
      )[0]?.version ?? 0,
    replaceCrisisContacts: async (version, rows) => {
      // The list's one row is made by the first change (version 0 → 1) and raised by each after it;
      // a change from an older version finds no row to raise and writes nothing.
      const raised =
        version === 0
          ? await db
              .insert(crisisContactList)
              .values({ id: CRISIS_CONTACT_LIST, version: 1 })
              .onConflictDoNothing()
              .returning({ version: crisisContactList.version })
          : await db
              .update(crisisContactList)
              .set({ version: version + 1 })
              .where(and(eq(crisisContactList.id, CRISIS_CONTACT_LIST), eq(crisisContactList.version, version)))
              .returning({ version: crisisContactList.version });
      if (raised.length === 0) return false;
      await db.delete(crisisContact);
      if (rows.length > 0) await db.insert(crisisContact).values(rows);
      return true;
    },
    linkCarer: async (link) => void (await db.insert(carerLink).values(link)),
    findCarerLink: async (personId, carerId) => {
      const rows = await db
        .select()
        .from(carerLink)
        .where(and(eq(carerLink.personId, personId), eq(carerLink.carerId, carerId)));
      return rows[0] ? toLink(rows[0]) : null;
    },
    listCarerLinks: async () =>
      (await db.select().from(carerLink).orderBy(asc(carerLink.carerId), asc(carerLink.personId))).map(toLink),
    listCarerLinksForCarer: async (carerId) =>
      (await db.select().from(carerLink).where(eq(carerLink.carerId, carerId))).map(toLink),
    listCarerLinksForPerson: async (personId) =>
      (await db.select().from(carerLink).where(eq(carerLink.personId, personId))).map(toLink),
    updateCarerLinkScopes: async (personId, carerId, version, scopes) =>
      (
        await db
          .update(carerLink)
          .set({ sharedScopes: scopes, version: version + 1 })
          .where(and(eq(carerLink.personId, personId), eq(carerLink.carerId, carerId), eq(carerLink.version, version)))
          .returning({ personId: carerLink.personId })
      ).length === 1,
    counts: async (since) => {
      // One statement: a transaction's queries share one connection, so they could not run side by side anyway.
      const n = (table: typeof site | typeof team | typeof worker | typeof person) =>
        sql<number>`(select count(*)::int from ${table})`.mapWith(Number);
      const [row] = await db
        .select({
          sites: n(site),
          teams: n(team),
          workers: n(worker),
          people: n(person),
          contactsSince:
            sql<number>`(select count(*)::int from ${contact} where ${contact.occurredAt} >= ${since.toISOString()}::timestamptz)`.mapWith(
              Number,
            ),
          beyondRoutineSince:
            sql<number>`(select count(*)::int from ${contact} where ${contact.occurredAt} >= ${since.toISOString()}::timestamptz and ${contact.beyondRoutine})`.mapWith(
              Number,
            ),
        })
        .from(sql`(select 1) as one`);
      return row ?? { sites: 0, teams: 0, workers: 0, people: 0, contactsSince: 0, beyondRoutineSince: 0 };
    },
    createSites: (rows) => inBatches(rows, (batch) => db.insert(site).values(batch)),
    createTeams: (rows) => inBatches(rows, (batch) => db.insert(team).values(batch)),
    createWorkers: (rows) => inBatches(rows, (batch) => db.insert(worker).values(batch)),
    createPeople: (rows) => inBatches(rows, (batch) => db.insert(person).values(batch)),
    createCarers: (rows) => inBatches(rows, (batch) => db.insert(carer).values(batch)),
    linkCarers: (rows) => inBatches(rows, (batch) => db.insert(carerLink).values(batch)),
  };
}
