import { and, asc, eq, sql } from 'drizzle-orm';
import type { CarerShareScope } from '../domain/access/person-access-policy';
import type { CarerLinkRecord, OrganisationRepository, WorkerRecord } from '../services/organisation/ports';
import type { Database } from './database';
import { inBatches } from './in-batches';
import { carer, carerLink, person, site, team, worker } from './schema/organisation.schema';
import { contact } from './schema/contacts.schema';

const toLink = (row: typeof carerLink.$inferSelect): CarerLinkRecord => ({
  personId: row.personId,
  carerId: row.carerId,
  relationship: row.relationship,
  sharedScopes: row.sharedScopes as CarerShareScope[],
});

const workerColumns = {
  id: worker.id, name: worker.name, profession: worker.profession, teamId: worker.teamId,
  email: worker.email, phone: worker.phone, leftOn: worker.leftOn,
};

/** Sites, teams, workers, people and carers. */
export function createOrganisationRepository(db: Database): OrganisationRepository {
  return {
    createSite: async (row) => void (await db.insert(site).values(row)),
    listSites: () => db.select({ id: site.id, name: site.name }).from(site).orderBy(asc(site.name)),
    findSite: async (id) => (await db.select({ id: site.id, name: site.name }).from(site).where(eq(site.id, id)))[0] ?? null,
    createTeam: async (row) => void (await db.insert(team).values(row)),
    listTeams: () =>
      db.select({ id: team.id, siteId: team.siteId, name: team.name, reviewCadenceMonths: team.reviewCadenceMonths }).from(team).orderBy(asc(team.name)),
    findTeam: async (id) =>
      (await db.select({ id: team.id, siteId: team.siteId, name: team.name, reviewCadenceMonths: team.reviewCadenceMonths }).from(team).where(eq(team.id, id)))[0] ?? null,
    createWorker: async (row) => void (await db.insert(worker).values(row)),
    listWorkers: (filter) =>
      db.select(workerColumns).from(worker).where(filter?.teamId ? eq(worker.teamId, filter.teamId) : undefined).orderBy(asc(worker.name)) as Promise<WorkerRecord[]>,
    findWorker: async (id) => ((await db.select(workerColumns).from(worker).where(eq(worker.id, id)))[0] as WorkerRecord | undefined) ?? null,
    createPerson: async (row) => void (await db.insert(person).values(row)),
    listPeople: (filter) =>
      db
        .select({ id: person.id, name: person.name, preferredName: person.preferredName, dateOfBirth: person.dateOfBirth, teamId: person.teamId })
        .from(person)
        .where(filter?.teamId ? eq(person.teamId, filter.teamId) : undefined)
        .orderBy(asc(person.name)),
    findPerson: async (id) =>
      (
        await db
          .select({ id: person.id, name: person.name, preferredName: person.preferredName, dateOfBirth: person.dateOfBirth, teamId: person.teamId })
          .from(person)
          .where(eq(person.id, id))
      )[0] ?? null,
    createCarer: async (row) => void (await db.insert(carer).values(row)),
    listCarers: () => db.select({ id: carer.id, name: carer.name, phone: carer.phone }).from(carer).orderBy(asc(carer.name)),
    findCarer: async (id) => (await db.select({ id: carer.id, name: carer.name, phone: carer.phone }).from(carer).where(eq(carer.id, id)))[0] ?? null,
    linkCarer: async (link) => void (await db.insert(carerLink).values(link)),
    findCarerLink: async (personId, carerId) => {
      const rows = await db.select().from(carerLink).where(and(eq(carerLink.personId, personId), eq(carerLink.carerId, carerId)));
      return rows[0] ? toLink(rows[0]) : null;
    },
    listCarerLinksForCarer: async (carerId) => (await db.select().from(carerLink).where(eq(carerLink.carerId, carerId))).map(toLink),
    listCarerLinksForPerson: async (personId) => (await db.select().from(carerLink).where(eq(carerLink.personId, personId))).map(toLink),
    counts: async (since) => {
      // One statement: a transaction's queries share one connection, so they could not run side by side anyway.
      const n = (table: typeof site | typeof team | typeof worker | typeof person) => sql<number>`(select count(*)::int from ${table})`.mapWith(Number);
      const [row] = await db
        .select({
          sites: n(site), teams: n(team), workers: n(worker), people: n(person),
          contactsSince: sql<number>`(select count(*)::int from ${contact} where ${contact.occurredAt} >= ${since.toISOString()}::timestamptz)`.mapWith(Number),
          beyondRoutineSince: sql<number>`(select count(*)::int from ${contact} where ${contact.occurredAt} >= ${since.toISOString()}::timestamptz and ${contact.beyondRoutine})`.mapWith(Number),
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
