import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestMailbox, type TestSmtpServer } from '../../test/support/smtp-server';
import { TEST_NOW, type TestDatabase, useTestDatabase } from '../../test/support/test-database';
import { somethingNewEmail } from '../domain/notifications/notification-email';
import { EMAIL_MAX_ATTEMPTS } from '../domain/notifications/retry';
import type { SmtpTransport } from './smtp-transport';
import { deliverDueEmails } from '../services/email/deliver-due-emails';
import { queueEmail } from '../services/email/queue-email';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

let smtp: TestSmtpServer;
let transport: SmtpTransport;
useTestMailbox('tandem@service.test', (opened) => ({ smtp, transport } = opened));

const on = () => ({ ...t.deps, emailEnabled: true });
const minutesLater = (minutes: number) => new Date(TEST_NOW.getTime() + minutes * 60_000);

beforeEach(async () => {
  t.setNow(TEST_NOW);
  // Each test starts with an empty outbox: send or give up whatever an earlier test left.
  await t.handle.db.execute(sql`delete from email_outbox`);
});

describe('the email outbox', () => {
  it('sends a queued email through the mail server once, with the wording and sender given', async () => {
    await t.deps.uow.run((r) =>
      queueEmail(r, on(), 'jo@example.org', somethingNewEmail('https://tandem.example.org/')),
    );

    expect(await deliverDueEmails(t.deps, transport)).toEqual({ sent: 1, failed: 0 });
    const [message] = await smtp.waitForMessages(1);
    expect(message?.to).toMatchObject({ text: 'jo@example.org' });
    expect(message?.from?.text).toBe('tandem@service.test');
    expect(message?.subject).toBe('You have something new in Tandem');
    expect(message?.text).toContain('https://tandem.example.org/');

    expect(await deliverDueEmails(t.deps, transport)).toEqual({ sent: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
    expect(await t.repositories.outbox.countWaiting()).toBe(0);
  });

  it('queues nothing when email is not configured', async () => {
    const queued = await t.deps.uow.run((r) => queueEmail(r, t.deps, 'jo@example.org', somethingNewEmail('http://x')));
    expect(queued).toBe(false);
    expect(await t.repositories.outbox.countWaiting()).toBe(0);
  });

  it('sends nothing for a change that was rolled back', async () => {
    await expect(
      t.deps.uow.run(async (r) => {
        await queueEmail(r, on(), 'jo@example.org', somethingNewEmail('http://x'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await deliverDueEmails(t.deps, transport)).toEqual({ sent: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(0);
  });

  it('keeps an email the server could not take for now and sends it on a later attempt', async () => {
    await t.deps.uow.run((r) => queueEmail(r, on(), 'sam@example.org', somethingNewEmail('http://x')));
    smtp.refuseNext(1, 451);

    expect(await deliverDueEmails(t.deps, transport)).toEqual({ sent: 0, failed: 1 });
    expect(await t.repositories.outbox.countWaiting()).toBe(1);
    // Not tried again before its time…
    expect(await deliverDueEmails(t.deps, transport)).toEqual({ sent: 0, failed: 0 });
    // …and sent once it is due.
    t.setNow(minutesLater(2));
    expect(await deliverDueEmails(t.deps, transport)).toEqual({ sent: 1, failed: 0 });
    expect(smtp.messages.map((m) => m.to)).toMatchObject([{ text: 'sam@example.org' }]);
  });

  it('gives up at once on an address the server refuses outright, and after the last attempt otherwise', async () => {
    await t.deps.uow.run((r) => queueEmail(r, on(), 'nobody@example.org', somethingNewEmail('http://x')));
    smtp.refuseNext(1, 550);
    expect(await deliverDueEmails(t.deps, transport)).toEqual({ sent: 0, failed: 1 });
    expect(await t.repositories.outbox.countWaiting()).toBe(0);

    await t.deps.uow.run((r) => queueEmail(r, on(), 'later@example.org', somethingNewEmail('http://x')));
    smtp.refuseNext(EMAIL_MAX_ATTEMPTS, 451);
    for (let attempt = 1; attempt <= EMAIL_MAX_ATTEMPTS; attempt += 1) {
      t.setNow(minutesLater(attempt * 300));
      expect(await deliverDueEmails(t.deps, transport)).toEqual({ sent: 0, failed: 1 });
    }
    expect(await t.repositories.outbox.countWaiting()).toBe(0);
    expect(smtp.messages).toHaveLength(0);
  });

  it('never gives the same email to two servers sending at the same moment', async () => {
    await t.deps.uow.run(async (r) => {
      for (let n = 0; n < 10; n += 1) await queueEmail(r, on(), `p${n}@example.org`, somethingNewEmail('http://x'));
    });
    const results = await Promise.all([
      deliverDueEmails(t.deps, transport, { batch: 4 }),
      deliverDueEmails(t.deps, transport, { batch: 4 }),
      deliverDueEmails(t.deps, transport, { batch: 4 }),
    ]);
    const sent = results.reduce((sum, result) => sum + result.sent, 0);
    await deliverDueEmails(t.deps, transport, { batch: 10 });
    expect(sent).toBeGreaterThanOrEqual(1);
    await smtp.waitForMessages(10);
    const recipients = smtp.messages.map((m) => (Array.isArray(m.to) ? '' : m.to?.text));
    expect(new Set(recipients).size).toBe(10);
    expect(recipients).toHaveLength(10);
  });

  it('lets another server take an email whose sender stopped before marking it', async () => {
    await t.deps.uow.run((r) => queueEmail(r, on(), 'kim@example.org', somethingNewEmail('http://x')));
    // A server takes it and stops before sending.
    await t.deps.uow.run((r) => r.outbox.claimDue(t.deps.now(), minutesLater(5), 10));
    expect(await deliverDueEmails(t.deps, transport)).toEqual({ sent: 0, failed: 0 });
    t.setNow(minutesLater(6));
    expect(await deliverDueEmails(t.deps, transport)).toEqual({ sent: 1, failed: 0 });
  });
});
