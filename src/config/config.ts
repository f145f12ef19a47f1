import { z } from 'zod';
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
});

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
    logLevel: env.TANDEM_LOG_LEVEL,
    feedbackAlertThresholds: thresholds,
    sessionIdleMinutes: env.TANDEM_SESSION_IDLE_MINUTES,
    localIdentifierScheme: env.TANDEM_LOCAL_IDENTIFIER,
    smtp: env.TANDEM_SMTP_URL && env.TANDEM_MAIL_FROM ? { url: env.TANDEM_SMTP_URL, from: env.TANDEM_MAIL_FROM } : null,
    publicUrl: (env.TANDEM_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
  };
}
