import { newId } from '../../src/services/new-id';
import type { ContactRecord } from '../../src/services/contacts/ports';
import { createFactories } from './factories';
import type { TestDatabase } from './test-database';

/** The period the hand-worked figures below are for: the first quarter of 2026. */
export const QUARTER = { from: '2026-01-01', to: '2026-03-31' } as const;

/**
 * A small organisation whose figures for QUARTER are worked out by hand in the tests:
 *
 * Site North: team A ("Team A, North" — a comma and a quote-free name, to test CSV quoting) with
 * coordinators Alex (w1) and Bo (w2) and a manager; team B with coordinator Cy (w3).
 * Site South: team C with coordinator Di (w4).
 *
 * - p1 (A): coordinator w1 all along; contacts w1 (Jan 5, 60 + 10 admin, beyond routine),
 *   w1 + w2 together (Feb 5, 30 + 20), w1 (Mar 2, 40 + 0), one on Dec 31 before the quarter.
 *   Visits w1, w1, w2, w1: N = 4, n = (3, 1) → UPC 3/4, COC (9 + 1 − 4)/12 = 1/2,
 *   SECON: ordered w1, w1, w2, w1 (Feb 5 ties broken by worker id; w1 < w2 by construction)
 *   → pairs same, different, different = 1/3; HHI 10/16; MMCI (1 − 2/4.1)/(1 − 1/4.1).
 * - p2 (A): coordinator w1 until Mar 1, then w2 → 1 change, 2 coordinators; one contact w2 (Mar 31, 23:00, 45 + 5).
 * - p4 (A): coordinator w1 from Feb 1 (31 days without in the quarter); no contacts.
 * - p3 (B): coordinator w3; one contact on Jan 1 at midnight (20 + 0, beyond routine).
 * - p5 (C): coordinator w4; two contacts with w4.
 *
 * Reviews: p1 due Jan 10 held Jan 8 (in time), due Feb 10 held Feb 20 (late), due Mar 1 not held
 * (overdue), due Mar 31 not held (due, not yet overdue), due Dec 1 and Apr 5 (outside); p3 due
 * Feb 1 held Feb 1 (in time).
 */
export async function buildAnalyticsWorld(t: TestDatabase) {
  const f = createFactories(t);
  const north = newId();
  const south = newId();
  await t.repositories.organisation.createSite({ id: north, name: 'North' });
  await t.repositories.organisation.createSite({ id: south, name: 'South' });
  const teamA = await f.team({ siteId: north, name: 'Team A, North' });
  const teamB = await f.team({ siteId: north, name: 'Team B' });
  const teamC = await f.team({ siteId: south, name: 'Team C' });
  // Ids are time-ordered, so w1 < w2 as text, which the SECON tie above relies on.
  const w1 = await f.worker({ teamId: teamA.id, name: 'Alex Morgan' });
  const w2 = await f.worker({ teamId: teamA.id, name: '=Bo "Bee" Lee' });
  const w3 = await f.worker({ teamId: teamB.id, name: 'Cy Jones' });
  const w4 = await f.worker({ teamId: teamC.id, name: 'Di Evans' });
  const managerWorker = await f.worker({ teamId: teamA.id, name: 'Mo Manager', profession: 'Team manager' });
  const p1 = await f.person({ teamId: teamA.id, name: 'Sam Taylor' });
  const p2 = await f.person({ teamId: teamA.id, name: 'Ria Patel' });
  const p4 = await f.person({ teamId: teamA.id, name: 'Lou Brown' });
  const p3 = await f.person({ teamId: teamB.id, name: 'Kim Ng' });
  const p5 = await f.person({ teamId: teamC.id, name: 'Ola Kay' });
  await f.membership(p1.id, w1.id, { startsOn: '2025-01-01' });
  await f.membership(p2.id, w1.id, { startsOn: '2025-01-01', endsOn: '2026-03-01' });
  await f.membership(p2.id, w2.id, { startsOn: '2026-03-01' });
  await f.membership(p4.id, w1.id, { startsOn: '2026-02-01' });
  await f.membership(p3.id, w3.id, { startsOn: '2025-06-01' });
  await f.membership(p5.id, w4.id, { startsOn: '2025-06-01' });
  const contact = (
    personId: string,
    at: string,
    workerIds: string[],
    minutes: number,
    admin: number,
    beyond = false,
  ): ContactRecord => ({
    id: newId(),
    personId,
    occurredAt: new Date(at),
    durationMinutes: minutes,
    mode: 'home',
    kind: 'meeting',
    beyondRoutine: beyond,
    beyondRoutineNote: beyond ? 'Walked to the library together' : null,
    adminMinutes: admin,
    note: 'Private note about Sam Taylor',
    recordedByAccountId: null,
    workerIds,
  });
  await t.repositories.contacts.createMany([
    contact(p1.id, '2025-12-31T16:00:00Z', [w2.id], 30, 0),
    contact(p1.id, '2026-01-05T10:00:00Z', [w1.id], 60, 10, true),
    contact(p1.id, '2026-02-05T10:00:00Z', [w1.id, w2.id], 30, 20),
    contact(p1.id, '2026-03-02T10:00:00Z', [w1.id], 40, 0),
    contact(p2.id, '2026-03-31T23:00:00Z', [w2.id], 45, 5),
    contact(p3.id, '2026-01-01T00:00:00Z', [w3.id], 20, 0, true),
    contact(p5.id, '2026-01-15T10:00:00Z', [w4.id], 50, 10),
    contact(p5.id, '2026-02-15T10:00:00Z', [w4.id], 50, 10),
  ]);
  const review = (personId: string, dueOn: string, heldOn: string | null) =>
    t.repositories.reviews.create({ id: newId(), personId, dueOn, heldOn });
  await review(p1.id, '2025-12-01', '2025-12-01');
  await review(p1.id, '2026-01-10', '2026-01-08');
  await review(p1.id, '2026-02-10', '2026-02-20');
  await review(p1.id, '2026-03-01', null);
  await review(p1.id, '2026-03-31', null);
  await review(p1.id, '2026-04-05', null);
  await review(p3.id, '2026-02-01', '2026-02-01');
  return {
    sites: { north, south },
    teams: { a: teamA, b: teamB, c: teamC },
    workers: { w1, w2, w3, w4 },
    people: { p1, p2, p3, p4, p5 },
    manager: await f.account('team_manager', { workerId: managerWorker.id }),
    coordinatorActor: await f.account('worker', { workerId: w1.id }),
    personActor: await f.account('service_user', { personId: p1.id }),
    admin: await f.account('admin'),
    researcher: await f.account('researcher'),
  };
}
