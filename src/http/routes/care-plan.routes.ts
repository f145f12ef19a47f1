import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { acceptCarePlanProposal } from '../../services/care-plan/accept-care-plan-proposal';
import { compareCarePlanVersions } from '../../services/care-plan/compare-care-plan-versions';
import { declineCarePlanProposal } from '../../services/care-plan/decline-care-plan-proposal';
import { exportCarePlanPdf } from '../../services/care-plan/export-care-plan-pdf';
import { getCarePlan } from '../../services/care-plan/get-care-plan';
import { getCarePlanTemplate } from '../../services/care-plan/get-care-plan-template';
import { listCarePlanProposals } from '../../services/care-plan/list-care-plan-proposals';
import { listCarePlanVersions } from '../../services/care-plan/list-care-plan-versions';
import { listSectionMessages } from '../../services/care-plan/list-section-messages';
import { postSectionMessage } from '../../services/care-plan/post-section-message';
import { saveCarePlanSection } from '../../services/care-plan/save-care-plan-section';
import { setCarePlanTemplate } from '../../services/care-plan/set-care-plan-template';
import { signCarePlan } from '../../services/care-plan/sign-care-plan';
import type { ServiceDeps } from '../../services/ports';
import { documentKindRules, type DocumentKind } from '../../domain/care-plan/document-kind';
import {
  DOCUMENT_PATHS,
  carePlanQuery,
  carePlanTemplateBody,
  compareVersionsQuery,
  declineProposalBody,
  personSectionParams,
  postMessageBody,
  proposalParams,
  proposalsQuery,
  saveSectionBody,
  signCarePlanBody,
  versionsQuery,
  messagesQuery,
} from '../../shared/api/care-plan.schema';
import type {
  AcceptProposalResponse,
  CarePlanProposalsResponse,
  CarePlanVersionsResponse,
  SectionMessagesResponse,
  SignCarePlanResponse,
} from '../../shared/api/care-plan.responses';
import { idParams } from '../../shared/api/common.schema';
import {
  presentCarePlan,
  presentComparison,
  presentMessage,
  presentProposal,
  presentSaveResult,
  presentSection,
  presentSignature,
  presentVersion,
} from '../presenters/care-plan.presenter';
import { actorOf } from '../session-cookie';

/** The co-produced care plan, with the sections new plans start with. */
export function carePlanRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['care plan'];
    await app.register(coProducedDocumentRoutes(services, 'care_plan'));

    app.get(
      '/care-plan/template',
      { schema: { tags, summary: 'The sections new plans start with' } },
      async (request) => getCarePlanTemplate(services, actorOf(request)),
    );

    app.put(
      '/admin/care-plan/template',
      {
        schema: {
          tags: ['administration'],
          body: carePlanTemplateBody,
          summary: 'Set the sections new plans start with',
        },
      },
      async (request) => setCarePlanTemplate(services, request.body, actorOf(request)),
    );
  };
}

/**
 * One kind of co-produced document (care plan, risk formulation, positive risk-taking plan, safety
 * plan) at /people/:id/<its path>: read, write, propose, decide, sign, compare, discuss and download.
 */
export function coProducedDocumentRoutes(services: ServiceDeps, kind: DocumentKind): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = [documentKindRules(kind).noun];
    const plan = `/people/:id/${DOCUMENT_PATHS[kind]}`;

    app.get(
      plan,
      {
        schema: {
          tags,
          params: idParams,
          querystring: carePlanQuery,
          summary: 'A person’s care plan, now or at a version',
        },
      },
      async (request) =>
        presentCarePlan(
          await getCarePlan(
            services,
            { personId: request.params.id, kind, version: request.query.version },
            actorOf(request),
          ),
        ),
    );

    app.put(
      `${plan}/sections/:section`,
      {
        schema: {
          tags,
          params: personSectionParams,
          body: saveSectionBody,
          summary: 'Save a section; 202 when it becomes a proposal, 409 when stale',
        },
      },
      async (request, reply) => {
        const input = { personId: request.params.id, kind, sectionKey: request.params.section, ...request.body };
        const result = await saveCarePlanSection(services, input, actorOf(request));
        return reply.status(result.outcome === 'proposed' ? 202 : 200).send(presentSaveResult(result));
      },
    );

    app.get(
      `${plan}/versions`,
      {
        schema: {
          tags,
          params: idParams,
          querystring: versionsQuery,
          summary: 'Versions, newest first, a page at a time',
        },
      },
      async (request): Promise<CarePlanVersionsResponse> => ({
        versions: (
          await listCarePlanVersions(
            services,
            { personId: request.params.id, kind, ...request.query },
            actorOf(request),
          )
        ).map(presentVersion),
      }),
    );

    app.get(
      `${plan}/compare`,
      {
        schema: {
          tags,
          params: idParams,
          querystring: compareVersionsQuery,
          summary: 'Two versions side by side, word by word',
        },
      },
      async (request) =>
        presentComparison(
          await compareCarePlanVersions(
            services,
            { personId: request.params.id, kind, ...request.query },
            actorOf(request),
          ),
        ),
    );

    app.post(
      `${plan}/signatures`,
      { schema: { tags, params: idParams, body: signCarePlanBody, summary: 'Sign the current version' } },
      async (request): Promise<SignCarePlanResponse> => {
        const signed = await signCarePlan(
          services,
          { personId: request.params.id, kind, version: request.body.version },
          actorOf(request),
        );
        return { ...signed, signatures: signed.signatures.map(presentSignature) };
      },
    );

    app.get(
      `${plan}/proposals`,
      {
        schema: {
          tags,
          params: idParams,
          querystring: proposalsQuery,
          summary: 'Proposed changes to the person’s words',
        },
      },
      async (request): Promise<CarePlanProposalsResponse> => ({
        proposals: (
          await listCarePlanProposals(
            services,
            { personId: request.params.id, kind, status: request.query.status },
            actorOf(request),
          )
        ).map(presentProposal),
      }),
    );

    app.post(
      `${plan}/proposals/:proposalId/accept`,
      { schema: { tags, params: proposalParams, summary: 'The person accepts a proposed change' } },
      async (request): Promise<AcceptProposalResponse> => {
        const result = await acceptCarePlanProposal(
          services,
          { personId: request.params.id, kind, proposalId: request.params.proposalId },
          actorOf(request),
        );
        return { planVersion: result.planVersion, section: presentSection(result.section) };
      },
    );

    app.post(
      `${plan}/proposals/:proposalId/decline`,
      {
        schema: {
          tags,
          params: proposalParams,
          body: declineProposalBody,
          summary: 'The person declines a proposed change; it stays on record',
        },
      },
      async (request) =>
        presentProposal(
          await declineCarePlanProposal(
            services,
            { personId: request.params.id, kind, proposalId: request.params.proposalId, note: request.body.note },
            actorOf(request),
          ),
        ),
    );

    app.get(
      `${plan}/sections/:section/messages`,
      {
        schema: {
          tags,
          params: personSectionParams,
          querystring: messagesQuery,
          summary: 'A section’s discussion, oldest first, a page at a time',
        },
      },
      async (request): Promise<SectionMessagesResponse> => ({
        messages: (
          await listSectionMessages(
            services,
            { personId: request.params.id, kind, sectionKey: request.params.section, ...request.query },
            actorOf(request),
          )
        ).map(presentMessage),
      }),
    );

    app.post(
      `${plan}/sections/:section/messages`,
      {
        schema: { tags, params: personSectionParams, body: postMessageBody, summary: 'Add to a section’s discussion' },
      },
      async (request, reply) => {
        const message = await postSectionMessage(
          services,
          { personId: request.params.id, kind, sectionKey: request.params.section, text: request.body.text },
          actorOf(request),
        );
        return reply.status(201).send(presentMessage(message));
      },
    );

    app.get(
      `${plan}.pdf`,
      { schema: { tags, params: idParams, querystring: carePlanQuery, summary: 'The plan as a PDF' } },
      async (request, reply) => {
        const { pdf, fileName } = await exportCarePlanPdf(
          services,
          { personId: request.params.id, kind, version: request.query.version },
          actorOf(request),
        );
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .header('cache-control', 'no-store')
          .send(pdf);
      },
    );
  };
}
