import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromBase32, hotp, totpStep } from '../../src/domain/accounts/totp';
import { startTestOidcProvider, type TestOidcProvider } from '../support/oidc-provider';
import { DEMO_PASSWORD, expectNoAxeViolations, launchBrowser, screenshot, VIEWPORTS } from './support/browser';
import { startTandemServer } from './support/e2e-global-setup';

// Staff sign-in beyond a password, on a server of its own: single sign-on through a real OpenID
// provider (its own login and consent pages), and a code from an authenticator app.

// Its own ports, from the environment, so that journeys of other checkouts never reach these servers.
const PORT = Number(process.env.TANDEM_E2E_SSO_PORT ?? 3956);
const PROVIDER_PORT = Number(process.env.TANDEM_E2E_IDP_PORT ?? 3957);
const TANDEM = `http://127.0.0.1:${PORT}`;

let provider: TestOidcProvider;
let server: Awaited<ReturnType<typeof startTandemServer>>;
let browser: Browser;

async function adminApi() {
  const signIn = await fetch(`${TANDEM}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'demo-admin', password: DEMO_PASSWORD }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .find((c) => c.startsWith('tandem_session='))!
    .split(';')[0]!;
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${TANDEM}/api/v1${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? null : ((await response.json()) as unknown);
  };
}

async function newTandemPage(viewport: keyof typeof VIEWPORTS = 'desktop'): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORTS[viewport], baseURL: TANDEM, locale: 'en-GB' });
  return context.newPage();
}

async function signInWithPassword(page: Page, username: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Through the provider's own pages: its login form (any password), then its consent page. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.getByRole('link', { name: 'Sign in with the Trust account' }).click();
  await page.waitForURL(`http://localhost:${PROVIDER_PORT}/**`);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('anything');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

beforeAll(async () => {
  provider = await startTestOidcProvider({
    port: PROVIDER_PORT,
    redirectUri: `${TANDEM}/api/v1/sso/callback`,
    postLogoutRedirectUri: `${TANDEM}/sign-in`,
    identities: {
      'manager-at-trust': { email: 'morgan@trust.example.org', email_verified: true },
      'stranger-at-trust': { email: 'stranger@trust.example.org', email_verified: true },
    },
  });
  server = await startTandemServer(PORT, {
    TANDEM_PUBLIC_URL: TANDEM,
    TANDEM_SSO_ISSUER: provider.issuer,
    TANDEM_SSO_CLIENT_ID: provider.clientId,
    TANDEM_SSO_CLIENT_SECRET: provider.clientSecret,
    TANDEM_SSO_LABEL: 'the Trust account',
  });
  browser = await launchBrowser();
  const api = await adminApi();
  const { accounts } = (await api('GET', '/admin/accounts?q=demo-manager')) as { accounts: { id: string }[] };
  await api('PUT', `/admin/accounts/${accounts[0]!.id}/sso`, { ssoUsername: 'morgan@trust.example.org' });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await provider?.close();
});

describe('staff sign-in beyond a password', () => {
  it('signs a linked manager in through the organisation’s login and consent pages', async () => {
    const page = await newTandemPage();
    await page.goto('/sign-in');
    await expectNoAxeViolations(page);
    await screenshot(page, 'sso-sign-in-desktop');
    await signInAtProvider(page, 'manager-at-trust');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(new URL(page.url()).host).toBe(`127.0.0.1:${PORT}`);
    await expectNoAxeViolations(page);

    // Signing out of Tandem signs out of the organisation too, which then sends the browser back.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL(`${TANDEM}/sign-in`);
    await page.getByLabel('Username').waitFor();
    expect(await page.context().cookies(TANDEM)).not.toContainEqual(
      expect.objectContaining({ name: 'tandem_session' }),
    );
    // The organisation's session has ended as well: it asks for the login again.
    await page.getByRole('link', { name: 'Sign in with the Trust account' }).click();
    await page.waitForURL(`http://localhost:${PROVIDER_PORT}/**`);
    await page.locator('input[name="login"]').waitFor();
    await page.context().close();
  });

  it('shows the administrator which staff sign in through the organisation, on a desktop and a phone', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const page = await newTandemPage(viewport);
      await signInWithPassword(page, 'demo-admin');
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      await page.goto('/admin/accounts');
      await page.getByRole('searchbox', { name: 'Find an account' }).fill('demo-manager');
      await page.getByRole('button', { name: 'Find' }).click();
      await page.getByRole('cell', { name: 'Organisation sign-in (morgan@trust.example.org)' }).waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, `sso-admin-accounts-${viewport}`);
      await page.context().close();
    }
  });

  it('shows a clear page to someone the organisation knows but Tandem does not', async () => {
    const page = await newTandemPage('phone');
    await page.goto('/sign-in');
    await signInAtProvider(page, 'stranger-at-trust');
    await page.getByText('no Tandem staff account is linked to it').waitFor();
    expect(page.url()).toContain('/sign-in?sso=unknown_account');
    await expectNoAxeViolations(page);
    await screenshot(page, 'sso-unknown-account-phone');
    await page.context().close();
  });

  it('sets up an authenticator app, signs in with a code and a recovery code, and an administrator removes it with a reason', async () => {
    const page = await newTandemPage();
    await signInWithPassword(page, 'demo-worker');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.goto('/account');
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await page.getByRole('img', { name: 'QR code to add Tandem to your authenticator app' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'second-factor-setup-desktop');
    const secret = fromBase32((await page.locator('code.secret-key').textContent())!.trim());
    await page.getByLabel('Code from your authenticator app').fill(hotp(secret, totpStep(new Date())));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByRole('list', { name: 'Recovery codes' }).waitFor();
    const codes = await page.getByRole('list', { name: 'Recovery codes' }).locator('code').allTextContents();
    expect(codes).toHaveLength(10);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'I have kept my recovery codes' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Username').waitFor();

    await signInWithPassword(page, 'demo-worker');
    await page.getByRole('heading', { name: 'Enter your code' }).waitFor();
    await expectNoAxeViolations(page);
    // The next step's code: the one used to set up the app is never taken again.
    await page.getByLabel('Code from your authenticator app').fill(hotp(secret, totpStep(new Date()) + 1));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Username').waitFor();

    await signInWithPassword(page, 'demo-worker');
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(codes[0]!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.goto('/account');
    await page.getByText('You have 9 recovery codes left.').waitFor();
    await page.context().close();

    // demo-worker lost their phone: an administrator removes the app, saying why.
    const admin = await newTandemPage('phone');
    await signInWithPassword(admin, 'demo-admin');
    await admin.getByRole('button', { name: 'Sign out' }).waitFor();
    await admin.goto('/admin/accounts');
    await admin.getByRole('searchbox', { name: 'Find an account' }).fill('demo-worker');
    await admin.getByRole('button', { name: 'Find' }).click();
    await admin.getByRole('cell', { name: 'Password and authenticator app' }).waitFor();
    admin.once('dialog', (dialog) => void dialog.accept('Lost their phone and recovery codes'));
    await admin.getByRole('button', { name: 'Remove authenticator app of demo-worker' }).click();
    await admin.getByRole('cell', { name: 'Password only' }).waitFor();
    await expectNoAxeViolations(admin);
    await screenshot(admin, 'second-factor-removed-phone');
    await admin.context().close();
  });
});
