import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { ServiceDeps } from '../services/ports';
import { handleError } from './error-handler';
import { originCheck } from './origin-check';
import { accountsRoutes } from './routes/accounts.routes';
import { analyticsRoutes } from './routes/analytics.routes';
import { carePlanRoutes, coProducedDocumentRoutes } from './routes/care-plan.routes';
import { riskRoutes } from './routes/risk.routes';
import { careTeamRoutes } from './routes/care-team.routes';
import { caseloadRoutes } from './routes/caseload.routes';
import { collegeRoutes } from './routes/college.routes';
import { collegeAdminRoutes } from './routes/college-admin.routes';
import { collegeStudentsRoutes } from './routes/college-students.routes';
import { contactsRoutes } from './routes/contacts.routes';
import { ipsRoutes } from './routes/ips.routes';
import { feedbackRoutes } from './routes/feedback.routes';
import { healthRoutes } from './routes/health.routes';
import { instrumentsRoutes } from './routes/instruments.routes';
import { messagesRoutes } from './routes/messages.routes';
import { reflectionsRoutes } from './routes/reflections.routes';
import { questionnairesRoutes } from './routes/questionnaires.routes';
import { carerConsentRoutes } from './routes/carer-consent.routes';
import { handoversRoutes } from './routes/handovers.routes';
import { carerViewsRoutes } from './routes/carer-views.routes';
import { carerAssessmentsRoutes } from './routes/carer-assessments.routes';
import { meetingsRoutes } from './routes/meetings.routes';
import { organisationRoutes } from './routes/organisation.routes';
import { peopleRoutes } from './routes/people.routes';
import { reviewsRoutes } from './routes/reviews.routes';
import { sessionsRoutes } from './routes/sessions.routes';
import { safetyPlanRoutes } from './routes/safety-plan.routes';
import { shareLinksRoutes } from './routes/share-links.routes';
import { ssoRoutes } from './routes/sso.routes';
import { secondFactorRoutes } from './routes/second-factor.routes';
import { registerIdempotency } from './idempotency-hook';
import { FHIR_PREFIX, fhirRoutes } from './routes/fhir.routes';
import { sessionHook } from './session-cookie';

export interface AppOptions {
  services: ServiceDeps;
  engine: 'pglite' | 'postgres';
  version: string;
  /** The built web app (dist/web); null serves the API alone. */
  webRoot: string | null;
  logger?: FastifyServerOptions['logger'];
  /** Whether the database takes queries, for the readiness check; without it, readiness answers from the app alone. */
  isDatabaseReady?: () => Promise<boolean>;
  /** Origins allowed to send changes when Tandem sits behind a proxy that rewrites Host; null trusts Host. */
  allowedOrigins?: readonly string[] | null;
  /**
   * Reverse proxies (addresses or CIDR ranges) whose `X-Forwarded-For` gives the client's address
   * (`request.ip`, used by rate limits and the audit); null or absent: the connection's address.
   */
  trustedProxies?: readonly string[] | null;
}

// The app's own scripts and styles only: no inline code, no third parties (DESIGN.md, security).
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/** Builds the HTTP application without listening, so tests drive it with inject(). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1_048_576,
    // Only a listed hop may speak for the client; anyone else could write X-Forwarded-For to dodge a limit.
    trustProxy: options.trustedProxies?.length ? [...options.trustedProxies] : false,
    ...REQUEST_TIMEOUTS,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  await app.register(helmet, { contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY } });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: { info: { title: 'Tandem API', version: options.version }, servers: [{ url: '/' }] },
    transform: jsonSchemaTransform,
  });
  app.decorateRequest('tandemSession', null);
  app.decorateRequest('tandemSessionEnded', false);
  await app.register(
    healthRoutes({
      engine: options.engine,
      version: options.version,
      isDatabaseReady: options.isDatabaseReady ?? (async () => true),
    }),
    {
      prefix: '/api/v1',
    },
  );

  await app.register(
    async (api) => {
      api.addHook('onRequest', originCheck(options.allowedOrigins ?? null));
      api.addHook('onRequest', sessionHook(options.services));
      // Every API answer may carry someone's personal data: no browser or proxy may keep a copy.
      api.addHook('onSend', async (_request, reply) => {
        if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
      });
      registerIdempotency(api, options.services);
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      await api.register(sessionsRoutes(options.services));
      await api.register(accountsRoutes(options.services));
      await api.register(caseloadRoutes(options.services));
      await api.register(peopleRoutes(options.services));
      await api.register(contactsRoutes(options.services));
      await api.register(organisationRoutes(options.services));
      await api.register(careTeamRoutes(options.services));
      await api.register(carePlanRoutes(options.services));
      for (const kind of ['risk_formulation', 'positive_risk_plan', 'safety_plan'] as const)
        await api.register(coProducedDocumentRoutes(options.services, kind));
      await api.register(riskRoutes(options.services));
      await api.register(reviewsRoutes(options.services));
      await api.register(analyticsRoutes(options.services));
      await api.register(meetingsRoutes(options.services));
      await api.register(feedbackRoutes(options.services));
      await api.register(instrumentsRoutes(options.services));
      await api.register(questionnairesRoutes(options.services));
      await api.register(carerConsentRoutes(options.services));
      await api.register(handoversRoutes(options.services));
      await api.register(collegeRoutes(options.services));
      await api.register(messagesRoutes(options.services));
      await api.register(reflectionsRoutes(options.services));
      await api.register(ipsRoutes(options.services));
      await api.register(shareLinksRoutes(options.services));
      await api.register(safetyPlanRoutes(options.services));
      await api.register(ssoRoutes(options.services));
      await api.register(secondFactorRoutes(options.services));
      await api.register(collegeAdminRoutes(options.services));
      await api.register(collegeStudentsRoutes(options.services));
      await api.register(carerViewsRoutes(options.services));
      await api.register(carerAssessmentsRoutes(options.services));
    },
    { prefix: '/api/v1' },
  );

  await app.register(fhirRoutes(options.services, { version: options.version }), { prefix: FHIR_PREFIX });

  const indexHtml = options.webRoot ? join(options.webRoot, 'index.html') : null;
  if (options.webRoot && indexHtml && existsSync(indexHtml)) {
    await app.register(fastifyStatic, {
      root: options.webRoot,
      wildcard: false,
      // Built files under assets/ carry a hash of their content in their names, so they never change;
      // everything else (index.html) must be checked on each visit, so a new release shows at once.
      setHeaders: (reply, path) => void reply.header('cache-control', isHashedAsset(path) ? IMMUTABLE : REVALIDATE),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !request.url.startsWith('/fhir/') &&
      indexHtml &&
      existsSync(indexHtml);
    if (isPage) return reply.type('text/html').header('cache-control', REVALIDATE).sendFile('index.html');
    return reply.status(404).send({
      error: { code: 'not_found', message: `There is nothing at ${request.method} ${request.url.split('?')[0]}.` },
    });
  });
  return app;
}

/**
 * No request may hold a connection for ever: the whole request must arrive within 30 s and an idle
 * connection closes after 60 s (slow-client attacks). Database statements have their own limit.
 */
export const REQUEST_TIMEOUTS = { requestTimeout: 30_000, connectionTimeout: 60_000, keepAliveTimeout: 5_000 } as const;

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const isHashedAsset = (path: string): boolean => /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(path);
