import { beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createFactories } from '../../test/support/factories';
import { useTestMailbox, type TestSmtpServer } from '../../test/support/smtp-server';
import { type TestDatabase, useTestDatabase } from '../../test/support/test-database';
import type { SmtpTransport } from './smtp-transport';
import { deliverDueEmails } from '../services/email/deliver-due-emails';
import { sendMessage } from '../services/messages/send-message';
import { setEmailChoice } from '../services/people/set-email-choice';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

let smtp: TestSmtpServer;
let transport: SmtpTransport;
useTestMailbox('tandem@service.test', (opened) => ({ smtp, transport } = opened));
beforeEach(async () => {
  await t.handle.db.execute(sql`delete from email_outbox`);
});

const withEmail = () => ({ ...t.deps, emailEnabled: true, publicUrl: 'https://tandem.example.org' });

/** A person whose care team is a coordinator and a nurse with email addresses, and a worker who has left. */
async function world() {
  const f = createFactories(t);
  const base = await f.careTeamWorld();
  await t.repositories.organisation.updateWorker(base.coordinator.id, 1, {
    ...base.coordinator,
    email: 'alex.morgan@service.test',
  });
  const nurse = await f.worker({ teamId: base.team.id, name: 'Nia Nurse', email: 'nia@service.test' });
  await f.membership(base.person.id, nurse.id, { role: 'nurse' });
  const former = await f.worker({ teamId: base.team.id, email: 'former@service.test' });
  await f.membership(base.person.id, former.id, { role: 'peer_worker', endsOn: '2026-01-01' });
  return { ...base, nurse };
}

const TEXT = 'I am struggling with the new tablets and Dr Hughes is away';

describe('sendMessage', () => {
  it('emails every worker in the care team that there is something new, with no content and no names', async () => {
    const w = await world();
    await sendMessage(withEmail(), { personId: w.person.id, text: TEXT }, w.personActor);

    expect(await deliverDueEmails(t.deps, transport)).toEqual({ sent: 2, failed: 0 });
    const mails = await smtp.waitForMessages(2);
    expect(mails.map((m) => m.to && !Array.isArray(m.to) && m.to.text).sort()).toEqual([
      'alex.morgan@service.test',
      'nia@service.test',
    ]);
    for (const mail of mails) {
      const everything = `${mail.subject ?? ''}\n${mail.text ?? ''}\n${mail.html || ''}`;
      expect(mail.subject).toBe('You have something new in Tandem');
      expect(everything).toContain('https://tandem.example.org/');
      for (const secret of ['struggling', 'tablets', 'Hughes', 'Sam', 'Taylor', 'Alex', 'Nia', 'message'])
        expect(everything).not.toContain(secret);
    }
  });

  it('emails the person that the care team replied, with no content and no names, when they chose to be told', async () => {
    const w = await world();
    await setEmailChoice(
      t.deps,
      { personId: w.person.id, emailAddress: 'sam@example.org', wantsEmail: true },
      w.personActor,
    );
    await sendMessage(
      withEmail(),
      { personId: w.person.id, text: 'Dr Hughes will ring you on Tuesday' },
      w.coordinatorActor,
    );

    expect(await deliverDueEmails(t.deps, transport)).toEqual({ sent: 1, failed: 0 });
    const [mail] = await smtp.waitForMessages(1);
    expect(mail!.to && !Array.isArray(mail!.to) && mail!.to.text).toBe('sam@example.org');
    const everything = `${mail!.subject ?? ''}\n${mail!.text ?? ''}\n${mail!.html || ''}`;
    expect(mail!.subject).toBe('You have something new in Tandem');
    for (const secret of ['Hughes', 'Tuesday', 'ring', 'Sam', 'Taylor', 'Alex', 'Morgan', 'message'])
      expect(everything).not.toContain(secret);
  });

  it('sends no email for a reply when the person did not choose it or gave no address, nor when email is off', async () => {
    const w = await world();
    await sendMessage(withEmail(), { personId: w.person.id, text: 'Reply' }, w.coordinatorActor);
    await setEmailChoice(
      t.deps,
      { personId: w.person.id, emailAddress: 'sam@example.org', wantsEmail: false },
      w.personActor,
    );
    await sendMessage(withEmail(), { personId: w.person.id, text: 'Reply' }, w.coordinatorActor);
    await setEmailChoice(
      t.deps,
      { personId: w.person.id, emailAddress: 'sam@example.org', wantsEmail: true },
      w.personActor,
    );
    await sendMessage(t.deps, { personId: w.person.id, text: 'Reply' }, w.coordinatorActor);
    await sendMessage(t.deps, { personId: w.person.id, text: TEXT }, w.personActor);
    expect(await t.repositories.outbox.countWaiting()).toBe(0);
  });

  it('queues nothing and keeps nothing when the message is refused', async () => {
    const w = await world();
    await expect(
      sendMessage(withEmail(), { personId: w.person.id, text: 'hi' }, w.strangerActor),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      sendMessage(withEmail(), { personId: w.person.id, text: 'x'.repeat(4_001) }, w.personActor),
    ).rejects.toMatchObject({ code: 'bad_request' });
    expect(await t.repositories.outbox.countWaiting()).toBe(0);
    expect(await t.repositories.messages.listForPerson(w.person.id, { limit: 5 })).toEqual([]);
  });

  it('refuses a message in the record of someone who was discharged', async () => {
    const w = await world();
    const person = (await t.repositories.organisation.findPerson(w.person.id))!;
    await t.repositories.organisation.dischargePerson(person.id, person.version, {
      dischargedOn: '2026-06-01',
      dischargeReason: 'moved_away',
      dischargeNote: null,
    });
    await expect(sendMessage(t.deps, { personId: w.person.id, text: 'Hello' }, w.personActor)).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});
