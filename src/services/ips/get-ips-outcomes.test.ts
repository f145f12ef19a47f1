import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { newId } from '../new-id';
import { getIpsFidelity } from './get-ips-fidelity';
import { getIpsOutcomes, ipsOutcomesTable } from './get-ips-outcomes';
import type { IpsReferralRecord, JobRecord } from './ports';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

// Today in tests is 15 June 2026: the quarters are 2025 Q3 to 2026 Q2.
async function refer(teamId: string, specialistWorkerId: string, referredOn: string, endedOn: string | null) {
  const person = await createFactories(t).person({ teamId, joinedOn: '2025-01-01' });
  const referral: IpsReferralRecord = {
    id: newId(),
    personId: person.id,
    referredOn,
    isSelfReferral: false,
    referredByAccountId: null,
    note: null,
    specialistWorkerId,
    takenOn: referredOn,
    endedOn,
    endReason: endedOn ? 'discharged' : null,
  };
  await t.repositories.ips.createReferral(referral);
  return person.id;
}

async function job(personId: string, startsOn: string, endsOn: string | null, isCompetitive = true) {
  const employerId = newId();
  await t.repositories.ips.createEmployer({ id: employerId, name: 'Green Spaces', sector: 'Gardening', town: '' });
  const row: JobRecord = {
    id: newId(),
    personId,
    employerId,
    kind: 'job',
    title: 'Gardener',
    startsOn,
    endsOn,
    hoursPerWeek: 16,
    hourlyPayPence: 1221,
    isCompetitive,
    endReason: endsOn ? 'contract_ended' : null,
    revision: 1,
    recordedByAccountId: null,
    updatedAt: t.deps.now(),
  };
  await t.repositories.ips.createJob(row);
}

async function outcomesWorld() {
  const f = createFactories(t);
  const north = await f.team({ name: 'North IPS' });
  const south = await f.team({ name: 'South IPS', siteId: north.siteId });
  const kim = await f.worker({ teamId: north.id, name: 'Kim Okafor' });
  const lee = await f.worker({ teamId: south.id, name: 'Lee Park' });
  // North, 2026 Q2: a (working), b (referred and discharged in the quarter, worked in it),
  // c (referred and discharged in the quarter, job only after), d (sheltered work): 2 of 4.
  const a = await refer(north.id, kim.id, '2026-01-10', null);
  await job(a, '2026-02-01', null); // 22 days after referral
  const b = await refer(north.id, kim.id, '2026-04-02', '2026-05-31');
  await job(b, '2026-04-12', '2026-05-11'); // 10 days after referral, 30 days long
  const c = await refer(north.id, kim.id, '2026-04-02', '2026-04-30');
  await job(c, '2026-05-15', null);
  const d = await refer(north.id, kim.id, '2026-03-01', null);
  await job(d, '2026-03-15', null, false);
  // South, 2026 Q2: e (no job), f (no job): 0 of 2.
  await refer(south.id, lee.id, '2026-02-01', null);
  await refer(south.id, lee.id, '2026-05-01', null);
  const manager = await f.account('team_manager', { workerId: (await f.worker({ teamId: north.id })).id });
  return { north, south, kim, lee, manager, admin: await f.account('admin') };
}

describe('IPS outcomes', () => {
  it('gives each quarter’s employment rate by team and specialist, worked by hand', async () => {
    const world = await outcomesWorld();
    const outcomes = await getIpsOutcomes(t.deps, {}, world.manager);
    expect(outcomes.quarterLabels).toEqual(['2025 Q3', '2025 Q4', '2026 Q1', '2026 Q2']);
    const q2 = (name: string) => outcomes.groups.find((g) => g.name === name)?.quarters[3];
    expect(q2('North IPS')).toEqual({ quarter: '2026 Q2', onCaseload: 4, inCompetitiveWork: 2, rate: 0.5 });
    expect(q2('Kim Okafor')).toEqual(q2('North IPS'));
    expect(q2('South IPS')).toEqual({ quarter: '2026 Q2', onCaseload: 2, inCompetitiveWork: 0, rate: 0 });
    const all = outcomes.groups[0]!;
    expect(all.level).toBe('all');
    expect(all.quarters[3]).toMatchObject({ onCaseload: 6, inCompetitiveWork: 2 });
    // 2026 Q1: a (working from February), d (sheltered), e: 1 of 3.
    expect(all.quarters[2]).toMatchObject({ onCaseload: 3, inCompetitiveWork: 1 });
    expect(all.quarters[0]).toMatchObject({ onCaseload: 0, rate: null });
    // First jobs 22 and 10 days after referral (c's came after the referral ended).
    expect(all.timeToFirstJob).toEqual({ withJob: 2, withoutJob: 4, medianDays: 16 });
    // Competitive jobs: a 135 days so far (1 Feb to 15 June), b 30, c 32 so far.
    expect(all.tenure).toEqual({ jobs: 3, ongoing: 2, medianDays: 32 });
    const csv = ipsOutcomesTable(outcomes);
    expect(csv.rows).toContainEqual(['team', 'North IPS', '2026 Q2', 4, 2, 0.5, 0.4, 16, 32]);
  });

  it('refuses workers and other teams’ managers; an administrator may choose any team', async () => {
    const world = await outcomesWorld();
    const worker = await createFactories(t).account('worker', { workerId: world.kim.id });
    await expect(getIpsOutcomes(t.deps, {}, worker)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getIpsOutcomes(t.deps, { teamId: world.south.id }, world.manager)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const teamOnly = await getIpsOutcomes(t.deps, { teamId: world.south.id }, world.admin);
    expect(teamOnly.groups.map((g) => g.name)).toContain('Lee Park');
  });
});

describe('IPS outcomes of an IPS team', () => {
  it('counts the people its specialists took on at every site they serve, and no one else’s', async () => {
    const f = createFactories(t);
    const ips = await f.team({ name: 'Brambleford IPS' });
    const brambleford = await f.team({ name: 'Brambleford CMHT', siteId: ips.siteId });
    const lowmoor = await f.team({ name: 'Lowmoor CMHT' });
    const kim = await f.worker({ teamId: ips.id, name: 'Kim Okafor' });
    const lee = await f.worker({ teamId: ips.id, name: 'Lee Park' });
    const own = await f.worker({ teamId: lowmoor.id, name: 'Sam Own' });
    await t.repositories.ips.attachSpecialist({ workerId: kim.id, teamId: brambleford.id });
    await t.repositories.ips.attachSpecialist({ workerId: lee.id, teamId: lowmoor.id });
    const a = await refer(brambleford.id, kim.id, '2026-04-01', null);
    await job(a, '2026-05-01', null);
    const b = await refer(lowmoor.id, lee.id, '2026-04-01', null);
    await job(b, '2026-05-01', null);
    await refer(lowmoor.id, lee.id, '2026-04-01', null);
    // Lowmoor's own specialist's people belong to Lowmoor's figures, not to the IPS team's.
    const c = await refer(lowmoor.id, own.id, '2026-04-01', null);
    await job(c, '2026-05-01', null, false);
    const lead = await f.account('team_manager', { workerId: (await f.worker({ teamId: ips.id })).id });

    const outcomes = await getIpsOutcomes(t.deps, {}, lead);
    const q2 = (level: string, name: string) =>
      outcomes.groups.find((g) => g.level === level && g.name === name)?.quarters[3];
    expect(outcomes.groups[0]).toMatchObject({ level: 'all', name: 'Brambleford IPS' });
    expect(outcomes.groups[0]!.quarters[3]).toMatchObject({ onCaseload: 3, inCompetitiveWork: 2 });
    const lowmoorSite = (await t.repositories.organisation.findSite(lowmoor.siteId))!.name;
    expect(q2('site', lowmoorSite)).toMatchObject({ onCaseload: 2, inCompetitiveWork: 1 });
    expect(q2('team', 'Lowmoor CMHT')).toMatchObject({ onCaseload: 2, inCompetitiveWork: 1 });
    expect(q2('team', 'Brambleford CMHT')).toMatchObject({ onCaseload: 1, inCompetitiveWork: 1 });
    expect(q2('specialist', 'Lee Park')).toMatchObject({ onCaseload: 2, inCompetitiveWork: 1 });
    expect(q2('specialist', 'Kim Okafor')).toMatchObject({ onCaseload: 1, inCompetitiveWork: 1 });
    expect(outcomes.groups.map((g) => g.name)).not.toContain('Sam Own');
    expect(ipsOutcomesTable(outcomes).rows).toContainEqual(['site', lowmoorSite, '2026 Q2', 2, 1, 0.5, 0.4, 30, 46]);

    // The fidelity figures of the same lead count the same people: the sheltered job is not theirs.
    const fidelity = await getIpsFidelity(t.deps, {}, lead);
    expect(fidelity.indicators.find((i) => i.key === 'competitive_share')).toMatchObject({ value: 1 });
    expect(fidelity.indicators.find((i) => i.key === 'caseload_per_specialist')).toMatchObject({ value: 1.5 });
    // A community team's manager keeps the figures of their own site.
    const cmht = await f.account('team_manager', { workerId: (await f.worker({ teamId: lowmoor.id })).id });
    const theirs = await getIpsOutcomes(t.deps, {}, cmht);
    expect(theirs.groups[0]!.quarters[3]).toMatchObject({ onCaseload: 3, inCompetitiveWork: 1 });
    expect(theirs.groups.map((g) => g.name)).toContain('Sam Own');
  });
});
