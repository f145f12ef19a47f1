import { isIP } from 'node:net';
import { z } from 'zod';
import { DEVELOPMENT_SECRET_KEY } from '../domain/accounts/secret-box';
import { feedbackAlertThresholds, type FeedbackAlertThresholds } from '../domain/feedback/alert-thresholds';
import { LOCAL_IDENTIFIER_SCHEMES, type LocalIdentifierScheme } from '../domain/people/local-identifier';

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  TANDEM_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL.')
    .optional(),
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_READ_URL must be a postgres:// or postgresql:// URL.')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  TANDEM_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  TANDEM_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TANDEM_ALLOWED_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z.url({
            protocol: /^https?$/,
            error: 'List origins such as https://tandem.example.org, separated by commas.',
          }),
        )
        .min(1),
    )
    .optional(),
  TANDEM_TRUSTED_PROXIES: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((proxy) => proxy.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z.string().refine(isAddressOrRange, {
            error: 'List proxy addresses or ranges such as 10.0.0.5 or 10.0.0.0/8, separated by commas.',
          }),
        )
        .min(1),
    )
    .optional(),
  TANDEM_FEEDBACK_ALERT_DROP: z.coerce.number().optional(),
  TANDEM_FEEDBACK_ALERT_BELOW: z.coerce.number().optional(),
  TANDEM_FEEDBACK_ALERT_GAP: z.coerce.number().optional(),
  // Fractions of a minute are allowed so that a browser journey can move past the limit quickly.
  TANDEM_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .min(0.5, 'TANDEM_SESSION_IDLE_MINUTES is at least 0.5.')
    .max(720, 'TANDEM_SESSION_IDLE_MINUTES is at most 720 (12 hours).')
    .default(30),
  TANDEM_LOCAL_IDENTIFIER: z
    .enum(LOCAL_IDENTIFIER_SCHEMES, {
      error: `TANDEM_LOCAL_IDENTIFIER is one of: ${LOCAL_IDENTIFIER_SCHEMES.join(', ')}.`,
    })
    .default('nhs_number'),
  TANDEM_SMTP_URL: z
    .url({
      protocol: /^smtps?$/,
      error: 'TANDEM_SMTP_URL must be an smtp:// or smtps:// URL, such as smtp://user:password@mail.example.org:587.',
    })
    .optional(),
  TANDEM_MAIL_FROM: z
    .email({ error: 'TANDEM_MAIL_FROM must be an email address, such as tandem@example.org.' })
    .optional(),
  TANDEM_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'TANDEM_PUBLIC_URL must be an http:// or https:// URL.' })
    .optional(),
  TANDEM_SSO_ISSUER: z
    .url({ protocol: /^https?$/, error: "TANDEM_SSO_ISSUER must be the provider's https:// issuer URL." })
    .refine((value) => value.startsWith('https://') || isLocalAddress(new URL(value).hostname), {
      error: 'TANDEM_SSO_ISSUER must use https:// (plain http:// only on this machine, for testing).',
    })
    .optional(),
  TANDEM_SSO_CLIENT_ID: z.string().min(1).optional(),
  TANDEM_SSO_CLIENT_SECRET: z.string().min(1).optional(),
  TANDEM_SSO_USERNAME_CLAIM: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'TANDEM_SSO_USERNAME_CLAIM is the name of one claim, such as email.')
    .default('email'),
  TANDEM_SSO_ALLOWED_DOMAINS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((domain) => domain.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, {
          error: 'List email domains such as nhs.net, separated by commas.',
        }),
      ),
    )
    .optional(),
  TANDEM_SSO_LABEL: z.string().min(1).max(60).default('your organisation account'),
  NODE_ENV: z.string().optional(),
  TANDEM_SECRET_KEY: secretKeySchema('TANDEM_SECRET_KEY').optional(),
  TANDEM_SECRET_KEY_PREVIOUS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((key) => key.trim())
        .filter(Boolean),
    )
    .pipe(z.array(secretKeySchema('TANDEM_SECRET_KEY_PREVIOUS')))
    .optional(),
});

/** 32 random bytes, written as base64 (44 characters) or hex (64), such as `openssl rand -base64 32` prints. */
function secretKeySchema(name: string) {
  return z
    .string()
    .transform((value) => (/^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64')))
    .refine((key) => key.length === 32, {
      error: `${name} must be 32 random bytes in base64 or hex, such as \`openssl rand -base64 32\` prints.`,
    });
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  databasePoolSize: number;
  /** A read-only copy (replica) of DATABASE_URL for analytics and dashboards; null: they read DATABASE_URL. */
  databaseReadUrl: string | null;
  /** Server processes for `serve` on PostgreSQL; null: one per core. */
  workers: number | null;
  /** Origins that may send changes (behind a proxy that rewrites Host); null: the Host the request was sent to. */
  allowedOrigins: string[] | null;
  /**
   * Reverse proxies (addresses or CIDR ranges) whose `X-Forwarded-For` is believed: the client's address
   * for rate limits and the audit is then the first one in that header not sent by one of them. Null:
   * the address of the connection, whatever the headers say.
   */
  trustedProxies: string[] | null;
  logLevel: z.infer<typeof environmentSchema>['TANDEM_LOG_LEVEL'];
  /** When relationship feedback raises an alert on a caseload and a person's page. */
  feedbackAlertThresholds: FeedbackAlertThresholds;
  /** A session ends after this many minutes without a request. */
  sessionIdleMinutes: number;
  /** How the service numbers people: NHS numbers (checked) or its own numbers. */
  localIdentifierScheme: LocalIdentifierScheme;
  /** The mail server for notification emails; null: no emails are queued or sent. */
  smtp: { url: string; from: string } | null;
  /** The address people open Tandem at, for links in emails. */
  publicUrl: string;
  /** Staff single sign-on through the service's OpenID provider; null: staff sign in with Tandem's passwords only. */
  sso: SsoConfig | null;
  /**
   * The key that seals authenticator secrets and kept ID tokens (TANDEM_SECRET_KEY); in development
   * without it, a published development key (`isDevelopmentKey`), which protects nothing. Earlier
   * keys (TANDEM_SECRET_KEY_PREVIOUS) only open what was sealed before, until it is sealed again.
   */
  secretKey: { key: Buffer; previous: Buffer[]; isDevelopmentKey: boolean };
}

export interface SsoConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: TANDEM_PUBLIC_URL + /api/v1/sso/callback. */
  redirectUri: string;
  /** Where the provider sends the browser after signing out of it too: TANDEM_PUBLIC_URL + /sign-in. */
  postLogoutRedirectUri: string;
  usernameClaim: string;
  allowedDomains: string[];
  label: string;
}

/** Thrown at start-up when the environment is not usable; the message names every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses and checks the environment once, at start-up, so a bad setting stops Tandem with a
 * clear message instead of failing later.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const blankAsUnset = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(blankAsUnset);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new ConfigError(`Tandem cannot start; fix these settings:\n${problems}`);
  }
  const env = parsed.data;
  if (env.DATABASE_READ_URL && !env.DATABASE_URL) {
    throw new ConfigError(
      'Tandem cannot start; fix these settings:\n  DATABASE_READ_URL: a read replica needs DATABASE_URL, the PostgreSQL it copies.',
    );
  }
  if (env.TANDEM_SMTP_URL && !env.TANDEM_MAIL_FROM) {
    throw new ConfigError(
      'Tandem cannot start; fix these settings:\n  TANDEM_MAIL_FROM: emails need the address they come from when TANDEM_SMTP_URL is set.',
    );
  }
  const ssoParts = [env.TANDEM_SSO_ISSUER, env.TANDEM_SSO_CLIENT_ID, env.TANDEM_SSO_CLIENT_SECRET];
  if (ssoParts.some(Boolean) && !ssoParts.every(Boolean)) {
    throw new ConfigError(
      'Tandem cannot start; fix these settings:\n  TANDEM_SSO_*: single sign-on needs TANDEM_SSO_ISSUER, TANDEM_SSO_CLIENT_ID and TANDEM_SSO_CLIENT_SECRET together.',
    );
  }
  if (env.TANDEM_SSO_ISSUER && !env.TANDEM_PUBLIC_URL) {
    throw new ConfigError(
      'Tandem cannot start; fix these settings:\n  TANDEM_PUBLIC_URL: single sign-on needs the address people open Tandem at, for the provider to send them back to.',
    );
  }
  if (!env.TANDEM_SECRET_KEY && env.NODE_ENV === 'production') {
    throw new ConfigError(
      'Tandem cannot start; fix these settings:\n  TANDEM_SECRET_KEY: in production Tandem needs its own key to seal authenticator secrets (32 random bytes in base64, such as `openssl rand -base64 32` prints).',
    );
  }
  let thresholds: FeedbackAlertThresholds;
  try {
    thresholds = feedbackAlertThresholds({
      ...(env.TANDEM_FEEDBACK_ALERT_DROP !== undefined ? { dropAtLeast: env.TANDEM_FEEDBACK_ALERT_DROP } : {}),
      ...(env.TANDEM_FEEDBACK_ALERT_BELOW !== undefined ? { below: env.TANDEM_FEEDBACK_ALERT_BELOW } : {}),
      ...(env.TANDEM_FEEDBACK_ALERT_GAP !== undefined ? { gapAtLeast: env.TANDEM_FEEDBACK_ALERT_GAP } : {}),
    });
  } catch (error) {
    throw new ConfigError(
      `Tandem cannot start; fix these settings:\n  TANDEM_FEEDBACK_ALERT_*: ${(error as Error).message}`,
    );
  }
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: env.TANDEM_DATA_DIR,
    databaseUrl: env.DATABASE_URL ?? null,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    databaseReadUrl: env.DATABASE_READ_URL ?? null,
    workers: env.TANDEM_WORKERS ?? null,
    allowedOrigins: env.TANDEM_ALLOWED_ORIGINS?.map((origin) => new URL(origin).origin) ?? null,
    trustedProxies: env.TANDEM_TRUSTED_PROXIES ?? null,
    logLevel: env.TANDEM_LOG_LEVEL,
    feedbackAlertThresholds: thresholds,
    sessionIdleMinutes: env.TANDEM_SESSION_IDLE_MINUTES,
    localIdentifierScheme: env.TANDEM_LOCAL_IDENTIFIER,
    smtp: env.TANDEM_SMTP_URL && env.TANDEM_MAIL_FROM ? { url: env.TANDEM_SMTP_URL, from: env.TANDEM_MAIL_FROM } : null,
    publicUrl: (env.TANDEM_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    sso:
      env.TANDEM_SSO_ISSUER && env.TANDEM_SSO_CLIENT_ID && env.TANDEM_SSO_CLIENT_SECRET && env.TANDEM_PUBLIC_URL
        ? {
            issuer: env.TANDEM_SSO_ISSUER,
            clientId: env.TANDEM_SSO_CLIENT_ID,
            clientSecret: env.TANDEM_SSO_CLIENT_SECRET,
            redirectUri: `${env.TANDEM_PUBLIC_URL.replace(/\/+$/, '')}/api/v1/sso/callback`,
            postLogoutRedirectUri: `${env.TANDEM_PUBLIC_URL.replace(/\/+$/, '')}/sign-in`,
            usernameClaim: env.TANDEM_SSO_USERNAME_CLAIM,
            allowedDomains: env.TANDEM_SSO_ALLOWED_DOMAINS ?? [],
            label: env.TANDEM_SSO_LABEL,
          }
        : null,
    secretKey: env.TANDEM_SECRET_KEY
      ? {
          key: env.TANDEM_SECRET_KEY,
          // The development key opens too, so what was sealed before a key was set is sealed again under it.
          previous: [...(env.TANDEM_SECRET_KEY_PREVIOUS ?? []), DEVELOPMENT_SECRET_KEY],
          isDevelopmentKey: false,
        }
      : { key: DEVELOPMENT_SECRET_KEY, previous: env.TANDEM_SECRET_KEY_PREVIOUS ?? [], isDevelopmentKey: true },
  };
}

const isLocalAddress = (hostname: string): boolean => ['localhost', '127.0.0.1', '[::1]'].includes(hostname);

/** `10.0.0.5`, `10.0.0.0/8`, `::1` or `fd00::/8`: an address, or a range with a prefix length that fits it. */
function isAddressOrRange(value: string): boolean {
  const [address = '', prefix, ...rest] = value.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (version === 4 ? 32 : 128);
}
