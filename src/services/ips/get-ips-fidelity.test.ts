import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { newId } from '../new-id';
import { loadWording } from '../instruments/load-wording';
import { getIpsFidelity } from './get-ips-fidelity';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

// Today in tests is 15 June 2026; the contact window is the 13 weeks from 17 March 2026.
describe('IPS fidelity indicators from the records', () => {
  it('counts a specialist’s contact time with the people they are employment specialist for, worked by hand', async () => {
    const f = createFactories(t);
    const team = await f.team({ name: 'North IPS' });
    const kim = await f.worker({ teamId: team.id, name: 'Kim Okafor' });
    const manager = await f.account('team_manager', { workerId: (await f.worker({ teamId: team.id })).id });
    const seeker = await f.person({ teamId: team.id });
    const other = await f.person({ teamId: team.id });
    await t.repositories.ips.createReferral({
      id: newId(),
      personId: seeker.id,
      referredOn: '2026-04-28',
      isSelfReferral: true,
      referredByAccountId: null,
      note: null,
      specialistWorkerId: kim.id,
      takenOn: '2026-05-01',
      endedOn: null,
      endReason: null,
    });
    await f.membership(seeker.id, kim.id, { role: 'ips_employment_specialist', startsOn: '2026-05-01' });
    await f.membership(other.id, kim.id, { role: 'care_coordinator', startsOn: '2025-01-01' });
    const contactWith = async (personId: string, at: string, durationMinutes: number, adminMinutes: number) =>
      t.repositories.contacts.create({
        id: newId(),
        personId,
        occurredAt: new Date(at),
        durationMinutes,
        mode: 'community',
        kind: 'brief_contact',
        beyondRoutine: false,
        beyondRoutineNote: null,
        adminMinutes,
        note: null,
        recordedByAccountId: null,
        workerIds: [kim.id],
      });
    await contactWith(seeker.id, '2026-06-01T10:00:00Z', 50, 10); // employment work: 60 minutes
    await contactWith(other.id, '2026-06-02T10:00:00Z', 30, 10); // care coordination: 40
    await contactWith(seeker.id, '2026-04-20T10:00:00Z', 20, 0); // before Kim was their specialist: 20
    await contactWith(seeker.id, '2026-03-01T10:00:00Z', 100, 0); // before the window: not counted
    const view = await getIpsFidelity(t.deps, {}, manager);
    const time = view.indicators.find((i) => i.key === 'employment_time_share');
    // 60 of 120 minutes.
    expect(time).toMatchObject({ value: 0.5, shown: '50%', meetsAnchor: false, anchor: '90% or more' });
    expect(view.items.find((item) => item.number === 2)?.indicators).toEqual(['employment_time_share']);
  });

  it('shows Tandem’s short labels until the service loads the scale’s wording, then the wording beside them', async () => {
    const f = createFactories(t);
    const team = await f.team({ name: 'North IPS' });
    const manager = await f.account('team_manager', { workerId: (await f.worker({ teamId: team.id })).id });
    const before = await getIpsFidelity(t.deps, {}, manager);
    expect(before.hasWording).toBe(false);
    expect(before.items[0]).toMatchObject({ number: 1, label: 'Caseload size', text: null });
    const items = Array.from({ length: 25 }, (_, i) => ({
      id: `item-${i + 1}`,
      text: `The service's wording of item ${i + 1}`,
    }));
    const admin = await f.account('admin');
    await expect(
      loadWording(t.deps, { instrumentId: 'ips-25', version: '4.0.0', items: items.slice(1) }, admin),
    ).rejects.toThrow(/wording file/);
    await loadWording(t.deps, { instrumentId: 'ips-25', version: '4.0.0', items }, admin);
    const after = await getIpsFidelity(t.deps, {}, manager);
    expect(after.hasWording).toBe(true);
    expect(after.items[24]).toMatchObject({
      number: 25,
      label: 'Assertive engagement and outreach',
      text: "The service's wording of item 25",
    });
  });
});
