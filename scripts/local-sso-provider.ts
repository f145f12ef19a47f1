// A local OpenID provider for trying staff single sign-on on one machine, without internet: the
// same provider the tests use (oidc-provider, a development dependency). Anyone may sign in at it
// with any password; the demo's linked staff are known by their login (see README).
import { startTestOidcProvider } from '../test/support/oidc-provider';

const tandem = (process.env.TANDEM_PUBLIC_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
const port = Number(process.env.PROVIDER_PORT ?? 3999);

const provider = await startTestOidcProvider({
  port,
  redirectUri: `${tandem}/api/v1/sso/callback`,
  postLogoutRedirectUri: `${tandem}/sign-in`,
  backChannelLogoutUri: `${tandem}/api/v1/sso/back-channel-logout`,
  identities: {
    'demo-manager': { email: 'demo-manager@demo.tandem.example', email_verified: true },
    'demo-researcher': { email: 'demo-researcher@demo.tandem.example', email_verified: true },
  },
});
process.stdout.write(
  [
    `A local sign-in service is running at ${provider.issuer}. Start Tandem with:`,
    `  PORT=${new URL(tandem).port || 80} TANDEM_PUBLIC_URL=${tandem} TANDEM_SSO_ISSUER=${provider.issuer} TANDEM_SSO_CLIENT_ID=${provider.clientId} \\`,
    `  TANDEM_SSO_CLIENT_SECRET=${provider.clientSecret} TANDEM_SSO_LABEL='the local sign-in' npm run dev`,
    'then choose "Sign in with the local sign-in" and log in as demo-manager or demo-researcher (any password).',
    `Signing out at ${provider.issuer}/session/end ends the Tandem sessions it started (back-channel logout).`,
    '',
  ].join('\n'),
);
const stop = () => void provider.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
