import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createSmtpTransport, type SmtpTransport } from '../../src/email/smtp-transport';

export interface TestSmtpServer {
  port: number;
  /** An smtp:// URL for TANDEM_SMTP_URL or createSmtpTransport. */
  url: string;
  /** Every message received so far, parsed, in the order they arrived. */
  messages: ParsedMail[];
  /** Resolves when at least `count` messages have arrived; rejects after `timeoutMs`. */
  waitForMessages(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  /** Makes the server refuse the next `count` messages with this SMTP answer (e.g. 451 or 550). */
  refuseNext(count: number, responseCode: number): void;
  close(): Promise<void>;
}

/**
 * A real SMTP server in this process, on a free port on 127.0.0.1, without TLS or sign-in: what arrives
 * is parsed with mailparser so tests read exactly what a recipient would.
 */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const messages: ParsedMail[] = [];
  const waiters: Array<() => void> = [];
  let refusals: { count: number; responseCode: number } = { count: 0, responseCode: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      if (refusals.count > 0) {
        refusals = { ...refusals, count: refusals.count - 1 };
        stream.resume();
        stream.on('end', () =>
          callback(Object.assign(new Error('Refused by the test server'), { responseCode: refusals.responseCode })),
        );
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          for (const wake of waiters.splice(0)) wake();
          callback();
        })
        .catch((error: unknown) => callback(error as Error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitForMessages: (count, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length >= count) {
            clearTimeout(timer);
            resolve(messages);
          } else waiters.push(check);
        };
        const timer = setTimeout(
          () => reject(new Error(`Expected ${count} emails; ${messages.length} arrived`)),
          timeoutMs,
        );
        check();
      }),
    refuseNext: (count, responseCode) => {
      refusals = { count, responseCode };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A test SMTP server for the whole file, with a transport that sends to it from `from`; its messages
 * are emptied before each test. Hands both over once the server listens.
 *
 * @example
 * let mail: TestMailbox;
 * useTestMailbox('tandem@service.test', (opened) => (mail = opened));
 */
export function useTestMailbox(from: string, opened: (mailbox: TestMailbox) => void): void {
  let mailbox: TestMailbox | undefined;
  beforeAll(async () => {
    const smtp = await startTestSmtpServer();
    mailbox = { smtp, transport: createSmtpTransport({ url: smtp.url, from }) };
    opened(mailbox);
  });
  beforeEach(() => {
    if (mailbox) mailbox.smtp.messages.length = 0;
  });
  afterAll(async () => {
    mailbox?.transport.close();
    await mailbox?.smtp.close();
  });
}

export interface TestMailbox {
  smtp: TestSmtpServer;
  transport: SmtpTransport;
}
