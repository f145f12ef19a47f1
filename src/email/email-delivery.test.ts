import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtpServer, type TestSmtpServer } from '../../test/support/smtp-server';
import { type TestDatabase, useTestDatabase } from '../../test/support/test-database';
import { somethingNewEmail } from '../domain/notifications/notification-email';
import { queueEmail } from '../services/email/queue-email';
import { startEmailDelivery } from './email-delivery';
import { createSmtpTransport } from './smtp-transport';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));
let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(() => smtp.close());

describe('email delivery in the background', () => {
  it('sends what is queued without being asked, and stops cleanly', async () => {
    const transport = createSmtpTransport({ url: smtp.url, from: 'tandem@service.test' });
    await transport.verify();
    const errors: unknown[] = [];
    const delivery = startEmailDelivery(t.deps, transport, { intervalMs: 50, onError: (e) => errors.push(e) });
    try {
      await t.deps.uow.run((r) =>
        queueEmail(r, { ...t.deps, emailEnabled: true }, 'jo@example.org', somethingNewEmail('http://x')),
      );
      const [message] = await smtp.waitForMessages(1);
      expect(message?.subject).toBe('You have something new in Tandem');
      expect(errors).toEqual([]);
    } finally {
      await delivery.stop();
      transport.close();
    }
  });

  it('reports a mail server that cannot be reached when checked at start-up', async () => {
    const transport = createSmtpTransport({ url: 'smtp://127.0.0.1:1', from: 'tandem@service.test' });
    await expect(transport.verify()).rejects.toThrow();
    transport.close();
  });
});
