import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { getIpsCaseload } from './get-ips-caseload';
import { getIpsFidelity } from './get-ips-fidelity';
import { getIpsRecord } from './get-ips-record';
import { referToIps } from './refer-to-ips';
import { takeIpsReferral } from './take-ips-referral';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

/**
 * A community team with a person referred to IPS, and an IPS team at the same site whose two
 * specialists are attached to community teams: Kim to the person's team, Lee to another one.
 */
async function ipsTeamWorld() {
  const f = createFactories(t);
  const world = await f.careTeamWorld();
  const ipsTeam = await f.team({ siteId: world.team.siteId, name: 'IPS employment team' });
  const otherTeam = await f.team({ siteId: world.team.siteId });
  const kim = await f.worker({ teamId: ipsTeam.id, name: 'Kim Okafor', profession: 'IPS employment specialist' });
  const lee = await f.worker({ teamId: ipsTeam.id, name: 'Lee Park', profession: 'IPS employment specialist' });
  await t.repositories.ips.attachSpecialist({ workerId: kim.id, teamId: world.team.id });
  await t.repositories.ips.attachSpecialist({ workerId: kim.id, teamId: world.team.id });
  await t.repositories.ips.attachSpecialist({ workerId: lee.id, teamId: otherTeam.id });
  // A specialist of another IPS team, attached only elsewhere.
  const elsewhereTeam = await f.team();
  const elsewhere = await f.worker({ teamId: (await f.team({ siteId: elsewhereTeam.siteId })).id, name: 'Ari Cole' });
  await t.repositories.ips.attachSpecialist({ workerId: elsewhere.id, teamId: elsewhereTeam.id });
  await referToIps(t.deps, { personId: world.person.id, referredOn: '2026-05-01' }, world.personActor);
  return {
    ...world,
    ipsTeam,
    kim,
    lee,
    kimActor: await f.account('worker', { workerId: kim.id }),
    leeActor: await f.account('worker', { workerId: lee.id }),
    elsewhereActor: await f.account('worker', { workerId: elsewhere.id }),
    ipsManager: await f.account('team_manager', { workerId: (await f.worker({ teamId: ipsTeam.id })).id }),
  };
}

describe('IPS teams attached to community teams', () => {
  it('shows a referral of an attached team on the waiting list of every specialist of the IPS team, with a name and a date only', async () => {
    const world = await ipsTeamWorld();
    for (const actor of [world.kimActor, world.leeActor]) {
      const caseload = await getIpsCaseload(t.deps, actor);
      expect(caseload.waiting).toEqual([
        { personId: world.person.id, personName: 'Sam Taylor', referredOn: '2026-05-01', isSelfReferral: true },
      ]);
    }
    expect((await getIpsCaseload(t.deps, world.elsewhereActor)).waiting).toEqual([]);
  });

  it('lets a specialist of the IPS team take the referral and join the care team, which opens the record to them alone', async () => {
    const world = await ipsTeamWorld();
    await expect(getIpsRecord(t.deps, world.person.id, world.kimActor)).rejects.toMatchObject({ code: 'forbidden' });
    // Lee covers for Kim: attached elsewhere, but of the IPS team that serves the person's team.
    const taken = await takeIpsReferral(t.deps, { personId: world.person.id }, world.leeActor);
    expect(taken).toMatchObject({ specialistWorkerId: world.lee.id, takenOn: '2026-06-15' });
    const members = await t.repositories.careTeams.listForPerson(world.person.id);
    expect(members.filter((m) => m.workerId === world.lee.id)).toMatchObject([
      { role: 'ips_employment_specialist', startsOn: '2026-06-15', endsOn: null },
    ]);
    const record = await getIpsRecord(t.deps, world.person.id, world.leeActor);
    expect(record.referrals).toHaveLength(1);
    // Being in the IPS team is not being in the person's care team.
    await expect(getIpsRecord(t.deps, world.person.id, world.kimActor)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await getIpsCaseload(t.deps, world.kimActor)).waiting).toEqual([]);
    await expect(takeIpsReferral(t.deps, { personId: world.person.id }, world.kimActor)).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('refuses a specialist of an IPS team not attached to the person’s team, and a stranger, changing nothing', async () => {
    const world = await ipsTeamWorld();
    for (const actor of [world.elsewhereActor, world.strangerActor]) {
      await expect(takeIpsReferral(t.deps, { personId: world.person.id }, actor)).rejects.toMatchObject({
        code: 'forbidden',
      });
    }
    expect(await t.repositories.ips.findOpenReferral(world.person.id)).toMatchObject({ specialistWorkerId: null });
    const members = await t.repositories.careTeams.listForPerson(world.person.id);
    expect(members.map((m) => m.role)).toEqual(['care_coordinator']);
  });

  it('counts the fidelity figures of an IPS team over the people its specialists support in the attached teams', async () => {
    const world = await ipsTeamWorld();
    await takeIpsReferral(t.deps, { personId: world.person.id }, world.kimActor);
    const fidelity = await getIpsFidelity(t.deps, {}, world.ipsManager);
    expect(fidelity.team).toEqual({ id: world.ipsTeam.id, name: 'IPS employment team' });
    expect(fidelity.indicators.find((i) => i.key === 'caseload_per_specialist')?.value).toBe(1);
    expect(await t.repositories.ips.listServedTeamIds(world.ipsTeam.id)).toHaveLength(2);
    expect(await t.repositories.ips.listAttachments(world.ipsTeam.id)).toHaveLength(2);
  });
});
