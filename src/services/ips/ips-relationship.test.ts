import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { feedbackResponse, simpleMeeting } from '../../../test/support/meeting-fixtures';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { getRelationshipFeedback } from '../feedback/get-relationship-feedback';
import { givePersonFeedback } from '../feedback/give-person-feedback';
import { recordMeeting } from '../meetings/record-meeting';
import { referToIps } from './refer-to-ips';
import { takeIpsReferral } from './take-ips-referral';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

describe('the IPS relationship in the ordinary records', () => {
  it('lets a specialist of an IPS team meet the person they took on, and the person give feedback on that relationship', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const ipsTeam = await f.team({ siteId: world.team.siteId, name: 'IPS employment team' });
    const kim = await f.worker({ teamId: ipsTeam.id, name: 'Kim Okafor', profession: 'IPS employment specialist' });
    await t.repositories.ips.attachSpecialist({ workerId: kim.id, teamId: world.team.id });
    const kimActor = await f.account('worker', { workerId: kim.id });
    await referToIps(t.deps, { personId: world.person.id, referredOn: '2026-04-01' }, world.personActor);
    // Before taking the referral Kim may not meet the person on the record.
    await expect(recordMeeting(t.deps, simpleMeeting(world.person.id, '2026-05-01'), kimActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await takeIpsReferral(t.deps, { personId: world.person.id }, kimActor);
    const meeting = await recordMeeting(t.deps, simpleMeeting(world.person.id, '2026-06-15'), kimActor);
    await givePersonFeedback(
      t.deps,
      {
        personId: world.person.id,
        meetingId: meeting.meeting.id,
        response: feedbackResponse('person', [5, 4, 5, 4, 5]),
      },
      world.personActor,
    );
    const mine = await getRelationshipFeedback(t.deps, { personId: world.person.id }, world.personActor);
    expect(mine.relationships.map((r) => r.workerName)).toEqual(['Kim Okafor']);
    const hers = await getRelationshipFeedback(t.deps, { personId: world.person.id }, kimActor);
    expect(hers.relationships).toHaveLength(1);
    expect(hers.relationships[0]).toMatchObject({ workerId: kim.id });
    // The meeting is an ordinary contact of the person's, with Kim at it.
    const contacts = await t.repositories.contacts.listForPerson(world.person.id, { limit: 10 });
    expect(contacts.flatMap((c) => c.workers.map((w) => w.id))).toContain(kim.id);
  });
});
