import type { CarerShareScope } from '../../src/domain/access/person-access-policy';
import type { AccountRole } from '../../src/domain/accounts/account-role';
import type { Actor } from '../../src/domain/accounts/actor';
import type { CareTeamRole } from '../../src/domain/care-team/care-team-role';
import { newId } from '../../src/services/new-id';
import type { MembershipRecord } from '../../src/services/care-team/ports';
import type { ContactRecord } from '../../src/services/contacts/ports';
import type { NewPersonRecord, PersonRecord, TeamRecord, WorkerRecord } from '../../src/services/organisation/ports';
import type { TestDatabase } from './test-database';

/** Small builders over the repositories, so tests say what matters and default the rest. */
export function createFactories(t: TestDatabase) {
  const { repositories: r } = t;
  let counter = 0;
  const next = () => (counter += 1);

  const team = async (over: Partial<TeamRecord> = {}): Promise<TeamRecord> => {
    const siteId = over.siteId ?? newId();
    if (!over.siteId) await r.organisation.createSite({ id: siteId, name: `Site ${next()}` });
    const row = { id: newId(), siteId, name: `Team ${next()}`, reviewCadenceMonths: 12, ...over };
    await r.organisation.createTeam(row);
    return row;
  };
  const worker = async (over: Partial<WorkerRecord> = {}): Promise<WorkerRecord> => {
    const row: WorkerRecord = {
      id: newId(),
      name: `Worker ${next()}`,
      profession: 'Nurse',
      teamId: over.teamId ?? (await team()).id,
      email: null,
      phone: null,
      leftOn: null,
      ...over,
    };
    await r.organisation.createWorker(row);
    return row;
  };
  const person = async (over: Partial<NewPersonRecord> = {}): Promise<PersonRecord> => {
    const row: NewPersonRecord = {
      id: newId(),
      name: `Person ${next()}`,
      preferredName: null,
      dateOfBirth: null,
      teamId: over.teamId ?? (await team()).id,
      joinedOn: '2024-01-01',
      ...over,
    };
    await r.organisation.createPerson(row);
    const saved = await r.organisation.findPerson(row.id);
    if (!saved) throw new Error('A person just written could not be read back.');
    return saved;
  };
  const membership = async (
    personId: string,
    workerId: string,
    over: Partial<MembershipRecord> & { role?: CareTeamRole } = {},
  ): Promise<MembershipRecord> => {
    const row: MembershipRecord = {
      id: newId(),
      personId,
      workerId,
      role: 'care_coordinator',
      startsOn: '2025-01-01',
      endsOn: null,
      endReason: null,
      endNote: null,
      handoverNote: null,
      ...over,
    };
    await r.careTeams.create(row);
    return row;
  };
  const account = async (
    role: AccountRole,
    links: Partial<Pick<Actor, 'workerId' | 'personId' | 'carerId'>> = {},
    username?: string,
  ): Promise<Actor> => {
    const name = username ?? `${role.replace('_', '-')}-${newId().slice(-12)}`;
    const id = newId();
    await r.accounts.create({
      id,
      username: name,
      passwordHash: await t.deps.passwords.hash('correct horse battery'),
      role,
      workerId: links.workerId ?? null,
      personId: links.personId ?? null,
      carerId: links.carerId ?? null,
      disabledAt: null,
      mustChangePassword: false,
      lastSignInAt: null,
    });
    return {
      accountId: id,
      username: name,
      role,
      displayName: name,
      workerId: links.workerId ?? null,
      personId: links.personId ?? null,
      carerId: links.carerId ?? null,
    };
  };
  const carerFor = async (personId: string, sharedScopes: CarerShareScope[]) => {
    const id = newId();
    await r.organisation.createCarer({ id, name: `Carer ${next()}`, phone: null });
    await r.organisation.linkCarer({ personId, carerId: id, relationship: 'Sister', sharedScopes });
    return id;
  };

  /** A person with a care coordinator, plus a stranger worker in another team and an administrator. */
  const careTeamWorld = async () => {
    const home = await team();
    const coordinator = await worker({ teamId: home.id, name: 'Alex Morgan' });
    const someone = await person({ teamId: home.id, name: 'Sam Taylor' });
    await membership(someone.id, coordinator.id);
    const stranger = await worker({ name: 'Jo Stranger' });
    return {
      team: home,
      coordinator,
      person: someone,
      stranger,
      coordinatorActor: await account('worker', { workerId: coordinator.id }),
      personActor: await account('service_user', { personId: someone.id }),
      strangerActor: await account('worker', { workerId: stranger.id }),
      admin: await account('admin'),
    };
  };

  return { team, worker, person, membership, account, carerFor, careTeamWorld };
}

/** A contact as the contacts repository stores it: a home meeting of 30 minutes, with no note. */
export function contactRecord(
  over: Pick<ContactRecord, 'personId' | 'occurredAt'> & Partial<ContactRecord>,
): ContactRecord {
  return {
    id: newId(),
    durationMinutes: 30,
    mode: 'home',
    kind: 'meeting',
    beyondRoutine: false,
    beyondRoutineNote: null,
    adminMinutes: 0,
    note: null,
    recordedByAccountId: null,
    workerIds: [],
    ...over,
  };
}
