import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp-server';
import { DEMO_PASSWORD, expectNoAxeViolations, launchBrowser, screenshot, signIn, VIEWPORTS } from './support/browser';
import { startTandemServer } from './support/e2e-global-setup';

// A server of its own that sends email to an SMTP server in this process, so the journey reads the
// email that arrives. It loads the demo organisation like the shared one.
let browser: Browser;
let smtp: TestSmtpServer;
let server: Awaited<ReturnType<typeof startTandemServer>>;
beforeAll(async () => {
  browser = await launchBrowser();
  smtp = await startTestSmtpServer();
  server = await startTandemServer(Number(process.env.TANDEM_E2E_MESSAGES_PORT ?? 3967), {
    TANDEM_SMTP_URL: smtp.url,
    TANDEM_MAIL_FROM: 'tandem@service.test',
  });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

/** A signed-in API client on this journey's server, for setting up what the journey needs. */
async function api(username: string) {
  const signedIn = await fetch(`${server.baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!signedIn.ok) throw new Error(`${username} could not sign in: ${signedIn.status}`);
  const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${server.baseUrl}/api/v1${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

async function open(viewport: keyof typeof VIEWPORTS): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORTS[viewport], baseURL: server.baseUrl, locale: 'en-GB' });
  return { context, page: await context.newPage() };
}

const MESSAGE = `Could we move Thursday to the afternoon? The bus times have changed (${Date.now()}).`;

describe('messages with the care team', () => {
  it('a person sends a message; a second care-team member sees it in the team inbox while the coordinator is away; the email has no content', async () => {
    // A nurse joins Jo's care team, with an account and an email address.
    const asPerson = await api('demo-person');
    const { me } = await asPerson<{ me: { personId: string } }>('GET', '/me');
    const record = await asPerson<{ person: { teamId: string } }>('GET', `/people/${me.personId}`);
    const asAdmin = await api('demo-admin');
    const nurse = await asAdmin<{ id: string }>('POST', '/admin/workers', {
      name: 'Nia Pryce',
      profession: 'Mental health nurse',
      teamId: record.person.teamId,
      email: 'nia.pryce@service.test',
    });
    await asAdmin('POST', `/people/${me.personId}/care-team`, { workerId: nurse.id, role: 'nurse' });
    await asAdmin('POST', '/admin/accounts', {
      username: 'demo-nurse-messages',
      password: DEMO_PASSWORD,
      role: 'worker',
      linkedId: nurse.id,
    });

    // Jo writes from their phone.
    const person = await open('phone');
    await signIn(person.page, 'demo-person');
    await person.page
      .getByRole('link', { name: /^Your messages/ })
      .first()
      .click();
    await person.page.getByRole('heading', { level: 1, name: 'Your messages with your care team' }).waitFor();
    await person.page.getByText('In a crisis, do not wait for a reply:').waitFor();
    await person.page.getByLabel('Your message to your care team').fill(MESSAGE);
    await person.page.getByRole('button', { name: 'Send message' }).click();
    const mine = person.page.getByRole('listitem').filter({ hasText: MESSAGE });
    await mine.getByText('Not read yet').waitFor();
    await expectNoAxeViolations(person.page);
    await screenshot(person.page, 'messages-person-phone');

    // The coordinator is away; the nurse finds it waiting for the care team.
    const colleague = await open('desktop');
    await signIn(colleague.page, 'demo-nurse-messages');
    await colleague.page.getByRole('link', { name: 'Messages', exact: true }).click();
    const entry = colleague.page.getByRole('listitem').filter({ hasText: 'waiting for the care team' });
    await entry.waitFor();
    await expectNoAxeViolations(colleague.page);
    await screenshot(colleague.page, 'messages-inbox-desktop');
    await entry.getByRole('link').click();
    await colleague.page.getByText(MESSAGE).waitFor();
    await colleague.page.getByLabel('Your message').fill('Yes, 3pm at the library works. Nia');
    await colleague.page.getByRole('button', { name: 'Send message' }).click();
    await colleague.page.getByText('Yes, 3pm at the library works. Nia').waitFor();
    await expectNoAxeViolations(colleague.page);

    // Jo sees who read it, and when.
    await person.page.reload();
    await mine.getByText(/^Read by Nia Pryce/).waitFor();

    // The email to the care team says only that there is something new.
    const mails = await smtp.waitForMessages(1, 60_000);
    const toNia = mails.find((m) => !Array.isArray(m.to) && m.to?.text === 'nia.pryce@service.test');
    expect(toNia?.subject).toBe('You have something new in Tandem');
    const everything = `${toNia?.subject ?? ''}\n${toNia?.text ?? ''}\n${toNia?.html || ''}`;
    for (const secret of ['bus', 'Thursday', 'Jordan', 'Jo ', 'Meadows', 'Nia', 'Pryce', 'message'])
      expect(everything).not.toContain(secret);
    await person.context.close();
    await colleague.context.close();
  }, 240_000);

  it('a worker writes a reflection, is warned about a name from their caseload, and shares it with their manager', async () => {
    const worker = await open('phone');
    await signIn(worker.page, 'demo-worker');
    await worker.page.goto('/reflections');
    const form = worker.page.getByRole('form', { name: 'Write a reflection' });
    await form.getByText('Do not name the people you support').waitFor();
    await form.getByText('Boundaries', { exact: true }).click();
    const shared = `I told them I would not be able to text at weekends, and why (${Date.now()}).`;
    await form.getByLabel('What did I share of myself, or do?').fill(shared);
    await form.getByLabel(/^What happened/).fill('Jordan was disappointed, then said it was fair.');
    await form.getByText('Yes', { exact: true }).click();
    await form.getByRole('button', { name: 'Save privately' }).click();
    await form.getByText(/This mentions “Jordan”/).waitFor();
    await expectNoAxeViolations(worker.page);
    await screenshot(worker.page, 'reflection-name-warning-phone');
    await form.getByLabel(/^What happened/).fill('They were disappointed, then said it was fair.');
    await form.getByRole('button', { name: 'Save privately' }).click();
    const entry = worker.page.getByRole('listitem').filter({ hasText: shared });
    await entry.getByText('Private').waitFor();
    await entry.getByRole('button', { name: 'Share with my supervisor' }).click();
    await entry.getByText(/^Shared with your supervisor/).waitFor();
    await expectNoAxeViolations(worker.page);
    await screenshot(worker.page, 'reflections-phone');

    const manager = await open('desktop');
    await signIn(manager.page, 'demo-manager');
    await manager.page.getByRole('link', { name: 'Supervision', exact: true }).click();
    await manager.page.getByRole('link', { name: 'Robin Fairley' }).click();
    const sharedEntry = manager.page.getByRole('listitem').filter({ hasText: shared });
    await sharedEntry.waitFor();
    await sharedEntry
      .getByLabel('Your reply')
      .fill('A clear boundary, kindly explained. Let us talk about it on Friday.');
    await sharedEntry.getByRole('button', { name: 'Add reply' }).click();
    await sharedEntry.getByText('A clear boundary, kindly explained.', { exact: false }).waitFor();
    await expectNoAxeViolations(manager.page);
    await screenshot(manager.page, 'supervision-desktop');

    await worker.page.reload();
    await entry.getByText('A clear boundary, kindly explained.', { exact: false }).waitFor();
    await worker.context.close();
    await manager.context.close();
  }, 240_000);
});
