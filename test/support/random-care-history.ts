import type { CareTeamRole } from '../../src/domain/care-team/care-team-role';
import type { MembershipRecord } from '../../src/services/care-team/ports';
import type { ContactRecord } from '../../src/services/contacts/ports';
import { createRandom, type Random } from '../../src/demo/seeded-random';
import { newId } from '../../src/services/new-id';
import type { TimeInService } from '../../src/domain/care-team/days-without-care-coordinator';
import type { NewPersonRecord, TeamRecord, WorkerRecord } from '../../src/services/organisation/ports';
import type { TestDatabase } from './test-database';

/** A small organisation with random care histories, written to a test database. */
export interface RandomCareHistory {
  teams: TeamRecord[];
  workers: WorkerRecord[];
  people: (NewPersonRecord & TimeInService)[];
  memberships: MembershipRecord[];
  contacts: ContactRecord[];
}

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 1);
const DAYS = 1_000; // to late September 2026

const isoOfDay = (day: number) => new Date(FIRST_DAY + day * DAY).toISOString().slice(0, 10);

/**
 * Writes random care histories chosen to hit the edges of the continuity figures: contacts at
 * the same instant, joint visits, contacts with no worker recorded, contacts at midnight on the
 * window's edges, coordinator handovers on the same day, gaps, a worker taking the role back,
 * memberships that end the day they start, and people with no contacts at all.
 */
export async function writeRandomCareHistory(
  t: Pick<TestDatabase, 'repositories'>,
  seed: number,
  edgeDays: readonly string[] = [],
): Promise<RandomCareHistory> {
  const random = createRandom(seed, 77);
  const siteId = newId();
  await t.repositories.organisation.createSite({ id: siteId, name: `Site ${seed}` });
  const teams = [0, 1].map((k) => ({ id: newId(), siteId, name: `Team ${seed}-${k}`, reviewCadenceMonths: 12 }));
  await t.repositories.organisation.createTeams(teams);
  const workers = Array.from({ length: random.int(2, 5) }, (_, k): WorkerRecord => ({
    id: newId(),
    name: `Worker ${seed}-${k}`,
    profession: 'Nurse',
    teamId: random.pick(teams).id,
    email: null,
    phone: null,
    leftOn: null,
  }));
  await t.repositories.organisation.createWorkers(workers);
  // Most were with the service before the history starts; some joined during it, and some left.
  const people = Array.from({ length: random.int(3, 7) }, (_, k): NewPersonRecord & TimeInService => ({
    id: newId(),
    name: `Person ${seed}-${k}`,
    preferredName: null,
    dateOfBirth: null,
    teamId: random.pick(teams).id,
    joinedOn: random.chance(0.6) ? '2023-01-01' : isoOfDay(random.int(0, DAYS)),
    dischargedOn: null,
  }));
  await t.repositories.organisation.createPeople(people);
  for (const person of people) {
    if (!random.chance(0.25)) continue;
    person.dischargedOn = isoOfDay(random.int(0, DAYS));
    if (person.dischargedOn < person.joinedOn) person.dischargedOn = person.joinedOn;
    await t.repositories.organisation.dischargePerson(person.id, 1, {
      dischargedOn: person.dischargedOn,
      dischargeReason: 'recovered',
      dischargeNote: null,
    });
  }
  const edges = edgeDays.map((day) => Math.round((Date.parse(`${day}T00:00:00Z`) - FIRST_DAY) / DAY));
  const memberships = people.flatMap((person) => randomMemberships(random, person.id, workers, edges));
  await t.repositories.careTeams.createMany(memberships);
  const contacts = people.flatMap((person) => randomContacts(random, person.id, workers, edgeDays));
  await t.repositories.contacts.createMany(contacts);
  return { teams, workers, people, memberships, contacts };
}

function randomMemberships(
  random: Random,
  personId: string,
  workers: WorkerRecord[],
  edges: number[],
): MembershipRecord[] {
  const memberships: MembershipRecord[] = [];
  const add = (workerId: string, role: CareTeamRole, startsOn: number, endsOn: number | null) =>
    memberships.push({
      id: newId(),
      personId,
      workerId,
      role,
      startsOn: isoOfDay(startsOn),
      endsOn: endsOn === null ? null : isoOfDay(endsOn),
      endReason: null,
      endNote: null,
      handoverNote: null,
    });
  let day = random.int(0, 500);
  let worker = random.pick(workers).id;
  for (let spell = random.int(0, 4); spell > 0; spell -= 1) {
    // Now and then a handover falls on the first day of the window, or the day after its end.
    const edge = edges.length > 0 && random.chance(0.3) ? random.pick(edges) : null;
    const length = edge !== null && edge > day ? edge - day : random.chance(0.1) ? 0 : random.int(1, 300);
    const isLast = spell === 1;
    add(worker, 'care_coordinator', day, isLast && random.chance(0.6) ? null : day + length);
    day += length + (edge === null && random.chance(0.3) ? random.int(1, 60) : 0);
    worker = random.chance(0.2) ? worker : random.pick(workers).id;
  }
  if (random.chance(0.5))
    add(random.pick(workers).id, 'nurse', random.int(0, 400), random.chance(0.5) ? null : random.int(401, 900));
  return memberships;
}

function randomContacts(
  random: Random,
  personId: string,
  workers: WorkerRecord[],
  edgeDays: readonly string[],
): ContactRecord[] {
  const count = random.chance(0.15) ? 0 : random.int(1, 30);
  return Array.from({ length: count }, () => {
    // Whole hours, few of them, so that same-instant contacts are common.
    const onEdge = edgeDays.length > 0 && random.chance(0.1);
    const at = onEdge
      ? new Date(`${random.pick(edgeDays)}T00:00:00Z`)
      : new Date(FIRST_DAY + random.int(0, DAYS) * DAY + random.int(9, 11) * 3_600_000);
    const present = random.chance(0.05) ? 0 : random.chance(0.2) ? random.int(2, Math.min(3, workers.length)) : 1;
    const workerIds = [...new Set(Array.from({ length: present }, () => random.pick(workers).id))];
    return {
      id: newId(),
      personId,
      occurredAt: at,
      durationMinutes: random.int(5, 90),
      mode: 'home',
      kind: 'meeting',
      beyondRoutine: random.chance(0.1),
      beyondRoutineNote: null,
      adminMinutes: random.int(0, 30),
      note: null,
      recordedByAccountId: null,
      workerIds,
    };
  });
}
