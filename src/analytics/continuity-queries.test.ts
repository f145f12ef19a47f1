import { describe, expect, it } from 'vitest';
import { writeRandomCareHistory, type RandomCareHistory } from '../../test/support/random-care-history';
import { type TestDatabase, useTestDatabase } from '../../test/support/test-database';
import { countCareCoordinatorChanges } from '../domain/care-team/care-coordinator-changes';
import { countCareCoordinators } from '../domain/care-team/care-coordinator-count';
import { careCoordinatorOn } from '../domain/care-team/care-coordinator-on';
import { daysWithoutCareCoordinator } from '../domain/care-team/days-without-care-coordinator';
import { continuityIndices, type ContinuityContact } from '../domain/continuity';
import type { AnalyticsWindow, PersonContinuityFigures } from '../services/analytics/ports';
import { windowBounds } from './analytics-sql';
import { createAnalyticsReader } from './analytics-reader';
import { queryPersonContinuity } from './continuity-queries';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

/** The same figures from the pure domain functions, from the records as written. */
function expectedFigures(world: RandomCareHistory, window: AnalyticsWindow): PersonContinuityFigures[] {
  const { toExclusive, fromInstant, toExclusiveInstant } = windowBounds(window);
  const siteOf = new Map(world.teams.map((team) => [team.id, team.siteId]));
  return world.people
    .map((person) => {
      const memberships = world.memberships.filter((m) => m.personId === person.id);
      const visits: ContinuityContact[] = world.contacts
        .filter(
          (c) =>
            c.personId === person.id &&
            c.occurredAt >= new Date(fromInstant) &&
            c.occurredAt < new Date(toExclusiveInstant),
        )
        .flatMap((c) => c.workerIds.map((workerId) => ({ workerId, at: c.occurredAt })));
      const coordinator = careCoordinatorOn(memberships, window.to);
      const indices = continuityIndices(visits, coordinator === null ? {} : { usualProviderId: coordinator });
      return {
        personId: person.id,
        teamId: person.teamId,
        siteId: siteOf.get(person.teamId) ?? '',
        contacts: indices.contacts,
        workers: indices.workers,
        upc: indices.upc,
        upcCareCoordinator: coordinator === null ? null : indices.upcNamed,
        coc: indices.coc,
        secon: indices.secon,
        mmci: indices.mmci,
        hhi: indices.hhi,
        careCoordinatorId: coordinator,
        careCoordinators: countCareCoordinators(memberships, window.from, toExclusive),
        careCoordinatorChanges: countCareCoordinatorChanges(memberships, window.from, toExclusive),
        daysWithoutCareCoordinator: daysWithoutCareCoordinator(memberships, window.from, toExclusive, person),
      };
    })
    .sort((a, b) => (a.personId < b.personId ? -1 : 1));
}

const WINDOWS: AnalyticsWindow[] = [
  { from: '2025-01-01', to: '2025-12-31' },
  { from: '2024-03-10', to: '2024-03-20' },
  { from: '2024-01-01', to: '2026-09-30' },
];

describe('continuity in SQL', () => {
  it('gives exactly what the domain functions give, on 30 random care histories and three windows', async () => {
    const worlds: RandomCareHistory[] = [];
    for (let seed = 1; seed <= 30; seed += 1) {
      const window = WINDOWS[seed % WINDOWS.length]!;
      const world = await writeRandomCareHistory(t, seed, [window.from, windowBounds(window).toExclusive]);
      worlds.push(world);
      const teamIds = world.teams.map((team) => team.id);
      const actual = await queryPersonContinuity(t.handle.db, window, { teamIds });
      expect(actual, `seed ${seed}`).toEqual(expectedFigures(world, window));
    }
    // The whole organisation, in slices of 7 people, three at a time, as a large service runs it.
    const whole = await createAnalyticsReader(t.handle.db, { parallelism: 3, peoplePerQuery: 7 }).personContinuity(
      WINDOWS[0]!,
      {},
    );
    const expected = worlds
      .flatMap((world) => expectedFigures(world, WINDOWS[0]!))
      .sort((a, b) => (a.personId < b.personId ? -1 : 1));
    expect(whole).toEqual(expected);
  });

  it('gives the same answer for the whole organisation split into slices as in one query', async () => {
    const window = WINDOWS[0]!;
    const whole = await queryPersonContinuity(t.handle.db, window, {});
    expect(
      await createAnalyticsReader(t.handle.db, { parallelism: 2, peoplePerQuery: 4 }).personContinuity(window, {}),
    ).toEqual(whole);
    expect(await createAnalyticsReader(t.handle.db, { parallelism: 1 }).personContinuity(window, {})).toEqual(whole);
    expect(whole.length).toBeGreaterThan(60);
  });

  it('keeps only the people of the teams or site asked for, and with onlyWithContacts those with a visit', async () => {
    const world = await writeRandomCareHistory(t, 101);
    const window = WINDOWS[2]!;
    const team = world.teams[0]!;
    const ofTeam = await queryPersonContinuity(t.handle.db, window, { teamIds: [team.id] });
    expect(ofTeam.map((p) => p.personId)).toEqual(
      world.people
        .filter((p) => p.teamId === team.id)
        .map((p) => p.id)
        .sort(),
    );
    const ofSite = await queryPersonContinuity(t.handle.db, window, { siteId: team.siteId });
    expect(ofSite).toHaveLength(world.people.length);
    const withContacts = await queryPersonContinuity(
      t.handle.db,
      window,
      { siteId: team.siteId },
      { onlyWithContacts: true },
    );
    expect(withContacts).toEqual(ofSite.filter((p) => p.contacts > 0));
    expect(await queryPersonContinuity(t.handle.db, window, { teamIds: [] })).toEqual([]);
  });
});
