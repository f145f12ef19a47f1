import { describe, expect, it } from 'vitest';
import { createFactories } from '../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../test/support/test-database';
import { exportResearchData } from '../services/analytics/export-research-data';
import { newId } from '../services/new-id';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

// Today in tests is 15 June 2026.
async function ipsResearchWorld() {
  const f = createFactories(t);
  const team = await f.team({ name: 'North IPS' });
  const kim = await f.worker({ teamId: team.id, name: 'Kim Okafor' });
  const employerId = newId();
  await t.repositories.ips.createEmployer({
    id: employerId,
    name: 'Tiny Corner Bakery',
    sector: 'Bakery',
    town: 'Hebden',
  });
  const refer = async (name: string) => {
    const person = await f.person({ teamId: team.id, name, joinedOn: '2025-01-01' });
    await t.repositories.ips.createReferral({
      id: newId(),
      personId: person.id,
      referredOn: '2026-02-01',
      isSelfReferral: true,
      referredByAccountId: null,
      note: 'I want to work with bread again',
      specialistWorkerId: kim.id,
      takenOn: '2026-02-03',
      endedOn: null,
      endReason: null,
    });
    await t.repositories.ips.createEmployerContact({
      id: newId(),
      workerId: kim.id,
      employerId,
      personId: person.id,
      contactedOn: '2026-02-20',
      isFaceToFace: true,
      metWhom: 'The owner, Mrs Patel',
      purpose: 'about_a_person',
      outcome: 'Offered a trial',
      recordedByAccountId: null,
    });
    await t.repositories.ips.createJob({
      id: newId(),
      personId: person.id,
      employerId,
      kind: 'job',
      title: 'Sourdough baker',
      startsOn: '2026-03-02',
      endsOn: null,
      hoursPerWeek: 16,
      hourlyPayPence: 1260,
      isCompetitive: true,
      endReason: null,
      revision: 1,
      recordedByAccountId: null,
      updatedAt: t.deps.now(),
    });
    return person;
  };
  const sam = await refer('Sam Taylor');
  const optedOut = await refer('Jo Left');
  await t.repositories.organisation.setResearchOptOut(optedOut.id, true);
  return { sam, kim, employerId, researcher: await f.account('researcher'), manager: await f.account('team_manager') };
}

describe('IPS research exports', () => {
  it('pseudonymise people, specialists and employers, move each person’s dates by their own shift, hold no free text, and leave out people who opted out', async () => {
    const world = await ipsResearchWorld();
    const period = { from: '2026-01-01', to: '2026-06-15' };
    const referrals = await exportResearchData(t.deps, { dataset: 'ips-referrals', ...period }, world.researcher);
    const jobs = await exportResearchData(t.deps, { dataset: 'ips-jobs', ...period }, world.researcher);
    expect(referrals.rows).toHaveLength(1);
    expect(jobs.rows).toHaveLength(1);
    const referral = Object.fromEntries(referrals.columns.map((c, i) => [c, referrals.rows[0]![i]]));
    const job = Object.fromEntries(jobs.columns.map((c, i) => [c, jobs.rows[0]![i]]));
    expect(referral.person).toMatch(/^P[0-9a-f]{16}$/);
    expect(referral.specialist).toMatch(/^W[0-9a-f]{16}$/);
    expect(job.employer).toMatch(/^E[0-9a-f]{16}$/);
    expect(job.person).toBe(referral.person);
    expect(job).toMatchObject({ kind: 'job', hours_per_week: 16, hourly_pay: 12.6, competitive: true });
    // The intervals within the person stay true: referral to contact 19 days, to the job 29.
    const day = (value: unknown) => Date.parse(`${String(value)}T00:00:00Z`) / 86_400_000;
    const shift = day(referral.referred_on) - day('2026-02-01');
    expect(Math.abs(shift)).toBeLessThanOrEqual(14);
    expect(day(referral.first_face_to_face_employer_contact_on) - day(referral.referred_on)).toBe(19);
    expect(day(job.starts_on) - day(referral.referred_on)).toBe(29);
    const text = JSON.stringify([referrals.rows, jobs.rows]);
    for (const secret of [
      'Sam Taylor',
      'Kim Okafor',
      'Tiny Corner Bakery',
      'Hebden',
      'Sourdough',
      'bread',
      'Patel',
      'Offered',
      world.sam.id,
      world.kim.id,
      world.employerId,
    ])
      expect(text).not.toContain(secret);
  });

  it('are for researchers only', async () => {
    const world = await ipsResearchWorld();
    await expect(exportResearchData(t.deps, { dataset: 'ips-jobs' }, world.manager)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
