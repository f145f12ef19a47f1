import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to port 3000 and the embedded database in ./data', () => {
    expect(loadConfig({})).toMatchObject({ port: 3000, dataDir: './data', databaseUrl: null });
  });

  it('reads PORT, TANDEM_DATA_DIR and DATABASE_URL', () => {
    const config = loadConfig({
      PORT: '4000',
      TANDEM_DATA_DIR: '/srv/tandem',
      DATABASE_URL: 'postgres://u:p@db/tandem',
    });
    expect(config).toMatchObject({ port: 4000, dataDir: '/srv/tandem', databaseUrl: 'postgres://u:p@db/tandem' });
  });

  it('refuses a bad port and a non-PostgreSQL URL, naming both', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://db' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT[\s\S]*DATABASE_URL/);
  });

  it('reads the feedback alert thresholds, keeping the defaults for those not set, and refuses one off the scale', () => {
    expect(loadConfig({}).feedbackAlertThresholds).toEqual({ dropAtLeast: 1, below: 3, gapAtLeast: 1.5 });
    expect(
      loadConfig({ TANDEM_FEEDBACK_ALERT_DROP: '0.5', TANDEM_FEEDBACK_ALERT_GAP: '2' }).feedbackAlertThresholds,
    ).toEqual({
      dropAtLeast: 0.5,
      below: 3,
      gapAtLeast: 2,
    });
    expect(() => loadConfig({ TANDEM_FEEDBACK_ALERT_BELOW: '9' })).toThrow(
      /TANDEM_FEEDBACK_ALERT_\*: Feedback alert thresholds must fit the 1–5 scale/,
    );
    expect(() => loadConfig({ TANDEM_FEEDBACK_ALERT_DROP: 'lots' })).toThrow(/TANDEM_FEEDBACK_ALERT_DROP/);
  });

  it('reads the origins allowed behind a proxy, and refuses one that is not an http(s) address', () => {
    expect(loadConfig({}).allowedOrigins).toBeNull();
    expect(
      loadConfig({ TANDEM_ALLOWED_ORIGINS: 'https://Tandem.example.org/, http://localhost:3000' }).allowedOrigins,
    ).toEqual(['https://tandem.example.org', 'http://localhost:3000']);
    expect(() => loadConfig({ TANDEM_ALLOWED_ORIGINS: 'tandem.example.org' })).toThrow(/TANDEM_ALLOWED_ORIGINS/);
  });

  it('reads the trusted proxies as addresses and ranges, and refuses anything else', () => {
    expect(loadConfig({}).trustedProxies).toBeNull();
    expect(loadConfig({ TANDEM_TRUSTED_PROXIES: '10.0.0.5, 172.16.0.0/12,fd00::/8' }).trustedProxies).toEqual([
      '10.0.0.5',
      '172.16.0.0/12',
      'fd00::/8',
    ]);
    for (const bad of ['proxy.example.org', '10.0.0.0/33', '10.0.0/8', '::1/129', '10.0.0.0/8/1', '10.0.0.0/x']) {
      expect(() => loadConfig({ TANDEM_TRUSTED_PROXIES: bad }), bad).toThrow(/TANDEM_TRUSTED_PROXIES/);
    }
  });

  it('sends no email unless a mail server is set, and then needs the address emails come from', () => {
    expect(loadConfig({})).toMatchObject({ smtp: null, publicUrl: 'http://localhost:3000' });
    expect(
      loadConfig({
        TANDEM_SMTP_URL: 'smtp://user:secret@mail.example.org:587',
        TANDEM_MAIL_FROM: 'tandem@example.org',
        TANDEM_PUBLIC_URL: 'https://tandem.example.org/',
      }),
    ).toMatchObject({
      smtp: { url: 'smtp://user:secret@mail.example.org:587', from: 'tandem@example.org' },
      publicUrl: 'https://tandem.example.org',
    });
    expect(() => loadConfig({ TANDEM_SMTP_URL: 'smtp://mail.example.org' })).toThrow(/TANDEM_MAIL_FROM/);
    expect(() => loadConfig({ TANDEM_SMTP_URL: 'http://mail.example.org', TANDEM_MAIL_FROM: 'a@b.org' })).toThrow(
      /TANDEM_SMTP_URL must be an smtp/,
    );
    expect(() => loadConfig({ TANDEM_SMTP_URL: 'smtp://m', TANDEM_MAIL_FROM: 'not an address' })).toThrow(
      /TANDEM_MAIL_FROM must be an email address/,
    );
  });

  it('reads the session idle limit in minutes, 30 by default, refusing one under half a minute', () => {
    expect(loadConfig({}).sessionIdleMinutes).toBe(30);
    expect(loadConfig({ TANDEM_SESSION_IDLE_MINUTES: '0.75' }).sessionIdleMinutes).toBe(0.75);
    expect(() => loadConfig({ TANDEM_SESSION_IDLE_MINUTES: '0' })).toThrow(/TANDEM_SESSION_IDLE_MINUTES/);
  });

  it('leaves single sign-on off unless issuer, client id and secret are all set, and checks them', () => {
    expect(loadConfig({}).sso).toBeNull();
    const sso = {
      TANDEM_SSO_ISSUER: 'https://login.example.org/tenant',
      TANDEM_SSO_CLIENT_ID: 'tandem',
      TANDEM_SSO_CLIENT_SECRET: 'secret',
      TANDEM_PUBLIC_URL: 'https://tandem.example.org/',
    };
    expect(loadConfig({ ...sso, TANDEM_SSO_ALLOWED_DOMAINS: 'NHS.net, trust.example.org' }).sso).toEqual({
      issuer: 'https://login.example.org/tenant',
      clientId: 'tandem',
      clientSecret: 'secret',
      redirectUri: 'https://tandem.example.org/api/v1/sso/callback',
      postLogoutRedirectUri: 'https://tandem.example.org/sign-in',
      usernameClaim: 'email',
      allowedDomains: ['nhs.net', 'trust.example.org'],
      label: 'your organisation account',
    });
    expect(() => loadConfig({ ...sso, TANDEM_SSO_CLIENT_SECRET: '' })).toThrow(/TANDEM_SSO_CLIENT_SECRET together/);
    expect(() => loadConfig({ ...sso, TANDEM_PUBLIC_URL: '' })).toThrow(/TANDEM_PUBLIC_URL: single sign-on/);
    expect(() => loadConfig({ ...sso, TANDEM_SSO_ISSUER: 'http://login.example.org' })).toThrow(/must use https/);
    expect(loadConfig({ ...sso, TANDEM_SSO_ISSUER: 'http://localhost:4000' }).sso?.issuer).toBe(
      'http://localhost:4000',
    );
    expect(() => loadConfig({ ...sso, TANDEM_SSO_ALLOWED_DOMAINS: 'not a domain' })).toThrow(/email domains/);
    expect(() => loadConfig({ ...sso, TANDEM_SSO_USERNAME_CLAIM: 'two words' })).toThrow(/one claim/);
  });

  it('reads the secret key in base64 or hex, needs one in production, and uses the development key elsewhere', () => {
    const key = Buffer.alloc(32, 7);
    expect(loadConfig({ TANDEM_SECRET_KEY: key.toString('base64') }).secretKey).toMatchObject({
      key,
      isDevelopmentKey: false,
    });
    expect(loadConfig({ TANDEM_SECRET_KEY: key.toString('hex') }).secretKey.key).toEqual(key);
    expect(() => loadConfig({ TANDEM_SECRET_KEY: 'too short' })).toThrow(/TANDEM_SECRET_KEY must be 32 random bytes/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/TANDEM_SECRET_KEY: in production/);
    const development = loadConfig({}).secretKey;
    expect(development.isDevelopmentKey).toBe(true);
    expect(development.key).toHaveLength(32);
    // What was sealed under the development key opens under the real one, to be sealed again.
    expect(loadConfig({ TANDEM_SECRET_KEY: key.toString('base64') }).secretKey.previous).toContainEqual(
      development.key,
    );
  });
});
