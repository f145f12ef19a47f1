import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DOCUMENT_KINDS } from '../../domain/care-plan/document-kind';
import { AppError } from '../../domain/errors/app-error';
import {
  carePlanId,
  parseCarePlanId,
  parseGoalId,
  PLAN_CATEGORIES,
  PLAN_CATEGORY_SYSTEM,
  toCarePlan,
  toGoal,
  toProvenance,
} from '../../fhir/care-plan-resources';
import type { Resource } from '../../fhir/r4-resources';
import { historyEntry, type HistoryBundle } from '../../fhir/history-bundle';
import {
  all,
  checkKnownParameters,
  dateRange,
  pageSize,
  SearchParameterError,
  single,
  tokenValues,
} from '../../fhir/search-parameters';
import {
  type DocumentInForceKind,
  getPlanHistory,
  getPlanInForce,
  type PlanInForce,
  searchPlansInForce,
} from '../../services/care-plan/get-plan-in-force';
import type { ServiceDeps } from '../../services/ports';
import { baseUrl, isLenient, requirePatient, searchQuery, searchset } from '../fhir-search';
import { actorOf } from '../session-cookie';

const REVINCLUDE = 'Provenance:target';
const KINDS: readonly DocumentInForceKind[] = DOCUMENT_KINDS;

/**
 * CarePlan (the care plan and the safety plan, each version in force), its signatures as Provenance,
 * and the care plan's goals as a Goal, over getPlanInForce (ADR 0041).
 */
export async function fhirPlanRoutes(app: FastifyInstance, services: ServiceDeps): Promise<void> {
  app.get<{ Params: { id: string } }>('/CarePlan/:id', async (request, reply) => {
    const { kind, personId } = requireCarePlanId(request.params.id);
    const plan = await getPlanInForce(services, { personId, kind }, actorOf(request));
    if (!plan) throw new AppError('not_found', 'No version of this plan has been agreed yet, so it is not shared.');
    return withVersion(reply, plan, toCarePlan(plan));
  });

  app.get<{ Params: { id: string; version: string } }>('/CarePlan/:id/_history/:version', async (request, reply) => {
    const { kind, personId } = requireCarePlanId(request.params.id);
    if (!/^[1-9]\d{0,8}$/.test(request.params.version)) {
      throw new AppError('not_found', `There is no version ${request.params.version.slice(0, 20)} of this plan.`);
    }
    const version = Number(request.params.version);
    const plan = await getPlanInForce(services, { personId, kind, version }, actorOf(request));
    if (!plan) throw new AppError('not_found', `There is no version ${version} of this plan.`);
    return withVersion(reply, plan, toCarePlan(plan));
  });

  app.get<{ Params: { id: string } }>('/CarePlan/:id/_history', async (request) => {
    const { kind, personId } = requireCarePlanId(request.params.id);
    const query = checkKnownParameters(request.query as Record<string, string>, [], isLenient(request));
    const count = pageSize(query);
    const cursor = single(query, '_cursor');
    if (cursor !== undefined && !/^[1-9]\d{0,8}$/.test(cursor)) {
      throw new SearchParameterError('This page link is not valid; ask for the history again.');
    }
    const versions = await getPlanHistory(services, { personId, kind }, actorOf(request));
    return planHistory(request, versions, count, cursor === undefined ? null : Number(cursor));
  });

  app.get('/CarePlan', async (request) => {
    const query = searchQuery(request, 'CarePlan');
    const personId = requirePatient(query, 'care plans');
    const revinclude = all(query, '_revinclude');
    const unknown = revinclude.find((value) => value !== REVINCLUDE);
    if (unknown)
      throw new SearchParameterError(`_revinclude=${unknown} is not supported; use _revinclude=${REVINCLUDE}.`);
    const kinds = categoryKinds(single(query, 'category'));
    const matches = (plan: PlanInForce) =>
      matchesStatus(toCarePlan(plan).status, single(query, 'status')) &&
      matchesLastUpdated(plan, all(query, '_lastUpdated'));
    const plans = await searchPlansInForce(services, { personId, kinds, matches }, actorOf(request));
    const provenances = revinclude.length > 0 ? plans.flatMap((plan) => toProvenance(plan) ?? []) : [];
    return searchset(request, plans.map(toCarePlan), null, provenances);
  });

  app.get<{ Params: { id: string } }>('/Goal/:id', async (request) => {
    const personId = parseGoalId(request.params.id);
    if (!personId) throw new AppError('not_found', `There is no Goal with the id ${request.params.id.slice(0, 64)}.`);
    const plan = await getPlanInForce(services, { personId, kind: 'care_plan' }, actorOf(request));
    const goal = plan ? toGoal(plan) : null;
    if (!goal) throw new AppError('not_found', 'The agreed care plan has no goals written in it.');
    return goal;
  });

  app.get('/Goal', async (request) => {
    const query = searchQuery(request, 'Goal');
    const personId = requirePatient(query, 'goals');
    const plan = await getPlanInForce(services, { personId, kind: 'care_plan' }, actorOf(request));
    const goal = plan ? toGoal(plan) : null;
    const found: Resource[] =
      goal &&
      plan &&
      matchesStatus(goal.lifecycleStatus, single(query, 'lifecycle-status')) &&
      matchesLastUpdated(plan, all(query, '_lastUpdated'))
        ? [goal]
        : [];
    return searchset(request, found, null);
  });
}

/** The versions in force, newest first, a page at a time: `_cursor` is the newest version a page leaves out. */
function planHistory(
  request: FastifyRequest,
  versions: readonly PlanInForce[],
  count: number,
  before: number | null,
): HistoryBundle {
  const base = baseUrl(request);
  const oldest = versions.at(-1)?.version;
  const page = versions.filter((v) => before === null || v.version < before).slice(0, count);
  const url = new URL(`${request.protocol}://${request.host}${request.url}`);
  const path = (request.url.split('?')[0] ?? '').replace(/^.*?(\/CarePlan\/)/, '$1');
  const link = [{ relation: 'self', url: `${base}${path}${url.search}` }];
  const last = page.at(-1);
  if (last && last.version !== oldest && page.length === count) {
    url.searchParams.set('_cursor', String(last.version));
    link.push({ relation: 'next', url: `${base}${path}${url.search}` });
  }
  return {
    resourceType: 'Bundle',
    type: 'history',
    total: versions.length,
    link,
    entry: page.map((plan) => historyEntry(base, toCarePlan(plan), plan.version === plan.versionsInForce[0])),
  };
}

function requireCarePlanId(id: string): { kind: DocumentInForceKind; personId: string } {
  const parsed = parseCarePlanId(id);
  if (!parsed) {
    throw new AppError(
      'not_found',
      `There is no CarePlan with the id ${id.slice(0, 64)}; plans are care-plan-, safety-plan-, risk-formulation- or positive-risk-plan- and the person's id.`,
    );
  }
  return parsed;
}

/** The version as FHIR clients read it: `meta.versionId`, and the same in a weak ETag. */
function withVersion<T>(reply: FastifyReply, plan: PlanInForce, resource: T): T {
  reply.header('etag', `W/"${plan.version}"`);
  reply.header('last-modified', plan.inForceFrom.toUTCString());
  reply.header('content-location', `/CarePlan/${carePlanId(plan.kind, plan.personId)}/_history/${plan.version}`);
  return resource;
}

function categoryKinds(category: string | undefined): readonly DocumentInForceKind[] {
  if (category === undefined) return KINDS;
  const codes = tokenValues(category, PLAN_CATEGORY_SYSTEM, 'category');
  return KINDS.filter((kind) => codes.includes(PLAN_CATEGORIES[kind]));
}

function matchesStatus(status: string, wanted: string | undefined): boolean {
  return wanted === undefined || wanted.split(',').includes(status);
}

function matchesLastUpdated(plan: PlanInForce, values: string[]): boolean {
  const { from, until } = dateRange(values);
  return (!from || plan.inForceFrom >= from) && (!until || plan.inForceFrom < until);
}
