import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { compareSites } from '../../services/analytics/compare-sites';
import { exportFigures } from '../../services/analytics/export-figures';
import { exportResearchData } from '../../services/analytics/export-research-data';
import type { FiguresTable } from '../../services/analytics/figures-table';
import { getContinuityDashboard } from '../../services/analytics/get-continuity-dashboard';
import { getPersonContinuity } from '../../services/analytics/get-person-continuity';
import { getRelationshipFigures } from '../../services/analytics/get-relationship-figures';
import { getServiceFigures } from '../../services/analytics/get-service-figures';
import type { ServiceDeps } from '../../services/ports';
import {
  analyticsQuery,
  figuresExportParams,
  periodQuery,
  researchExportParams,
} from '../../shared/api/analytics.schema';
import type {
  ContinuityDashboardResponse,
  PersonContinuityResponse,
  RelationshipFiguresResponse,
  ServiceFiguresResponse,
  SiteComparisonResponse,
} from '../../shared/api/analytics.responses';
import { idParams } from '../../shared/api/common.schema';
import { formatCsv } from '../csv';
import { actorOf } from '../session-cookie';

/** Continuity and service figures for managers and administrators, research exports, and a person's own continuity. */
export function analyticsRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['analytics'];
    app.get(
      '/analytics/continuity',
      {
        schema: {
          querystring: analyticsQuery,
          tags,
          summary: 'Continuity of care for a team, a site or the organisation',
        },
      },
      async (request): Promise<ContinuityDashboardResponse> =>
        getContinuityDashboard(services, request.query, actorOf(request)),
    );
    app.get(
      '/analytics/continuity/sites',
      { schema: { querystring: periodQuery, tags, summary: 'Continuity of care compared across sites' } },
      async (request): Promise<SiteComparisonResponse> => compareSites(services, request.query, actorOf(request)),
    );
    app.get(
      '/analytics/service-figures',
      {
        schema: {
          querystring: analyticsQuery,
          tags,
          summary: 'Reviews, contact and admin time, caseloads, beyond routine',
        },
      },
      async (request): Promise<ServiceFiguresResponse> => getServiceFigures(services, request.query, actorOf(request)),
    );
    app.get(
      '/analytics/relationship',
      {
        schema: {
          querystring: analyticsQuery,
          tags,
          summary: 'Relationship feedback and quality of life by team and site, with tests',
        },
      },
      async (request): Promise<RelationshipFiguresResponse> =>
        getRelationshipFigures(services, request.query, actorOf(request)),
    );
    app.get(
      '/analytics/exports/:kind',
      {
        schema: {
          params: figuresExportParams,
          querystring: analyticsQuery,
          tags,
          summary: 'Figures as CSV, no service users named',
        },
      },
      async (request, reply) =>
        sendCsv(
          reply,
          await exportFigures(services, { ...request.query, kind: request.params.kind }, actorOf(request)),
        ),
    );
    app.get(
      '/analytics/research/:dataset',
      {
        schema: {
          params: researchExportParams,
          querystring: periodQuery,
          tags,
          summary: 'Pseudonymised data as CSV, for researchers',
        },
      },
      async (request, reply) =>
        sendCsv(
          reply,
          await exportResearchData(services, { ...request.query, dataset: request.params.dataset }, actorOf(request)),
        ),
    );
    app.get(
      '/people/:id/continuity',
      { schema: { params: idParams, tags: ['people'], summary: 'A person’s continuity of care, in plain words' } },
      async (request): Promise<PersonContinuityResponse> => {
        const { basis: _basis, ...continuity } = await getPersonContinuity(
          services,
          { personId: request.params.id },
          actorOf(request),
        );
        return continuity;
      },
    );
  };
}

function sendCsv(reply: FastifyReply, table: FiguresTable): FastifyReply {
  const filename = `tandem-${table.kind}-${table.window.from}-to-${table.window.to}.csv`;
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(formatCsv(table.columns, table.rows));
}
