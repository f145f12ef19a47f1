import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { getIpsRecord } from './get-ips-record';
import { endIpsReferral } from './end-ips-referral';
import { getIpsOutcomes } from './get-ips-outcomes';
import { referToIps } from './refer-to-ips';
import { takeIpsReferral } from './take-ips-referral';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

// Today in tests is 15 June 2026 (2026 Q2).
async function referredWorld() {
  const f = createFactories(t);
  const world = await f.careTeamWorld();
  const specialist = await f.worker({ teamId: world.team.id, name: 'Kim Okafor' });
  const specialistActor = await f.account('worker', { workerId: specialist.id });
  const manager = await f.account('team_manager', { workerId: (await f.worker({ teamId: world.team.id })).id });
  await referToIps(t.deps, { personId: world.person.id, referredOn: '2026-04-01' }, world.personActor);
  await takeIpsReferral(t.deps, { personId: world.person.id }, specialistActor);
  return { ...world, specialist, specialistActor, manager };
}

describe('ending an IPS referral', () => {
  it('ends support with a reason and a last day, ends the specialist’s place in the care team, and lets the person be referred again', async () => {
    const world = await referredWorld();
    const ended = await endIpsReferral(
      t.deps,
      { personId: world.person.id, endedOn: '2026-06-14', endReason: 'person_chose' },
      world.personActor,
    );
    expect(ended).toMatchObject({ endedOn: '2026-06-14', endReason: 'person_chose' });
    // The specialist's place ended the day after the last day of support, so the record is closed to them.
    const team = await t.repositories.careTeams.listForPerson(world.person.id);
    expect(team.find((m) => m.workerId === world.specialist.id)).toMatchObject({
      endsOn: '2026-06-15',
      endReason: 'role_no_longer_needed',
    });
    await expect(getIpsRecord(t.deps, world.person.id, world.specialistActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const [event] = await t.repositories.audit.listForPerson(world.person.id, { limit: 1 });
    expect(event).toMatchObject({ action: 'ips.referral.end', basis: 'self' });

    const again = await referToIps(t.deps, { personId: world.person.id }, world.coordinatorActor);
    expect(again).toMatchObject({ referredOn: '2026-06-15', endedOn: null, specialistWorkerId: null });
    const record = await getIpsRecord(t.deps, world.person.id, world.personActor);
    expect(record.referrals.map((r) => [r.referredOn, r.endedOn])).toEqual([
      ['2026-06-15', null],
      ['2026-04-01', '2026-06-14'],
    ]);
    // Two referrals in one quarter: the person counts once on the caseload.
    const outcomes = await getIpsOutcomes(t.deps, {}, world.manager);
    expect(outcomes.groups[0]!.quarters[3]).toMatchObject({ quarter: '2026 Q2', onCaseload: 1 });
  });

  it('refuses a last day before the referral or in the future, a second ending, and people outside the care team, changing nothing', async () => {
    const world = await referredWorld();
    const end = (endedOn: string, actor = world.coordinatorActor) =>
      endIpsReferral(t.deps, { personId: world.person.id, endedOn, endReason: 'discharged' }, actor);
    await expect(end('2026-03-31')).rejects.toMatchObject({ code: 'bad_request', details: { field: 'endedOn' } });
    await expect(end('2026-06-16')).rejects.toMatchObject({ code: 'bad_request', details: { field: 'endedOn' } });
    await expect(end('2026-06-01', world.strangerActor)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(end('2026-06-01', world.manager)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await t.repositories.ips.findOpenReferral(world.person.id))?.endedOn).toBeNull();
    await end('2026-06-01');
    await expect(end('2026-06-02')).rejects.toMatchObject({ code: 'conflict' });
    const [referral] = await t.repositories.ips.listReferrals(world.person.id);
    expect(referral).toMatchObject({ endedOn: '2026-06-01', endReason: 'discharged' });
  });
});
