import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createEmployer, listEmployers } from '../../services/ips/employers';
import { getIpsCaseload } from '../../services/ips/get-ips-caseload';
import { getIpsFidelity } from '../../services/ips/get-ips-fidelity';
import { recordFidelityReview } from '../../services/ips/record-fidelity-review';
import { getIpsOutcomes, ipsOutcomesTable } from '../../services/ips/get-ips-outcomes';
import { getIpsRecord } from '../../services/ips/get-ips-record';
import { recordBenefitsAdvice } from '../../services/ips/record-benefits-advice';
import { recordEmployerContact } from '../../services/ips/record-employer-contact';
import { recordJob } from '../../services/ips/record-job';
import { referToIps } from '../../services/ips/refer-to-ips';
import { saveVocationalProfile } from '../../services/ips/save-vocational-profile';
import { endIpsReferral } from '../../services/ips/end-ips-referral';
import { setIpsAttachments } from '../../services/ips/set-ips-attachments';
import { takeIpsReferral } from '../../services/ips/take-ips-referral';
import { updateJob } from '../../services/ips/update-job';
import { addJobInterest } from '../../services/ips/add-job-interest';
import { setJobInterestStatus } from '../../services/ips/set-job-interest-status';
import { editJobInterest } from '../../services/ips/edit-job-interest';
import { removeJobInterest } from '../../services/ips/remove-job-interest';
import type { ServiceDeps } from '../../services/ports';
import { idParams } from '../../shared/api/common.schema';
import type { EmployersResponse, IpsCaseloadDto, IpsFidelityDto, IpsOutcomesDto } from '../../shared/api/ips.responses';
import {
  benefitsAdviceBody,
  employerBody,
  employerContactBody,
  endIpsReferralBody,
  fidelityQuery,
  ipsAttachmentsBody,
  fidelityReviewBody,
  ipsOutcomesQuery,
  jobBody,
  jobInterestBody,
  editJobInterestBody,
  removeJobInterestQuery,
  jobInterestParams,
  jobInterestStatusBody,
  jobParams,
  referToIpsBody,
  updateJobBody,
  vocationalProfileBody,
  type JobBody,
} from '../../shared/api/ips.schema';
import {
  presentEmployerContact,
  presentIpsRecord,
  presentJob,
  presentJobInterest,
  presentProfile,
  presentReferral,
} from '../presenters/ips.presenter';
import { formatCsv } from '../csv';
import { actorOf } from '../session-cookie';

const tags = ['ips'];
/** Pounds from the form to whole pence for the service. */
const jobInput = ({ hourlyPay, ...job }: JobBody) => ({
  ...job,
  hourlyPayPence: hourlyPay === null || hourlyPay === undefined ? null : Math.round(hourlyPay * 100),
});

/** Individual Placement and Support: a person's IPS record, the specialist's caseload, employers. */
export function ipsRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/people/:id/ips',
      { schema: { params: idParams, tags, summary: 'A person’s IPS record' } },
      async (request) => presentIpsRecord(await getIpsRecord(services, request.params.id, actorOf(request))),
    );

    app.post(
      '/people/:id/ips/referrals',
      { schema: { params: idParams, body: referToIpsBody, tags, summary: 'Refer to IPS (zero exclusion)' } },
      async (request, reply) => {
        const referral = await referToIps(services, { personId: request.params.id, ...request.body }, actorOf(request));
        return reply.status(201).send(presentReferral(referral));
      },
    );

    app.post(
      '/people/:id/ips/referrals/take',
      { schema: { params: idParams, tags, summary: 'Take a waiting IPS referral as the person’s specialist' } },
      async (request) =>
        presentReferral(await takeIpsReferral(services, { personId: request.params.id }, actorOf(request))),
    );

    app.post(
      '/people/:id/ips/referrals/end',
      {
        schema: { params: idParams, body: endIpsReferralBody, tags, summary: 'End IPS support, with a reason' },
      },
      async (request) =>
        presentReferral(
          await endIpsReferral(services, { personId: request.params.id, ...request.body }, actorOf(request)),
        ),
    );

    app.put(
      '/admin/workers/:id/ips-attachments',
      {
        schema: {
          params: idParams,
          body: ipsAttachmentsBody,
          tags,
          summary: 'Set the community teams an employment specialist works inside',
        },
      },
      async (request) => {
        const { attachments, version } = await setIpsAttachments(
          services,
          { workerId: request.params.id, ...request.body },
          actorOf(request),
        );
        return { teamIds: attachments.map((a) => a.teamId), version };
      },
    );

    app.put(
      '/people/:id/ips/profile',
      { schema: { params: idParams, body: vocationalProfileBody, tags, summary: 'Save the vocational profile' } },
      async (request) =>
        presentProfile(
          await saveVocationalProfile(services, { personId: request.params.id, ...request.body }, actorOf(request)),
        ),
    );

    app.post(
      '/people/:id/ips/benefits-advice',
      { schema: { params: idParams, body: benefitsAdviceBody, tags, summary: 'Record benefits advice' } },
      async (request, reply) => {
        const advice = await recordBenefitsAdvice(
          services,
          { personId: request.params.id, ...request.body },
          actorOf(request),
        );
        return reply
          .status(201)
          .send({ id: advice.id, givenOn: advice.givenOn, givenBy: advice.givenBy, covered: advice.covered });
      },
    );

    app.post(
      '/people/:id/ips/jobs',
      { schema: { params: idParams, body: jobBody, tags, summary: 'Record a job, education or training start' } },
      async (request, reply) => {
        const job = await recordJob(
          services,
          { personId: request.params.id, ...jobInput(request.body) },
          actorOf(request),
        );
        return reply.status(201).send(presentJob(job));
      },
    );

    app.put(
      '/people/:id/ips/jobs/:jobId',
      { schema: { params: jobParams, body: updateJobBody, tags, summary: 'Correct a job or record its end' } },
      async (request) => {
        const { baseRevision, ...body } = request.body;
        const job = await updateJob(
          services,
          { personId: request.params.id, jobId: request.params.jobId, baseRevision, ...jobInput(body) },
          actorOf(request),
        );
        return presentJob(job);
      },
    );

    app.post(
      '/people/:id/ips/job-interests',
      {
        schema: {
          params: idParams,
          body: jobInterestBody,
          tags,
          summary: 'Add a job or employer the person is interested in',
        },
      },
      async (request, reply) => {
        const interest = await addJobInterest(
          services,
          { personId: request.params.id, ...request.body },
          actorOf(request),
        );
        return reply.status(201).send(presentJobInterest(interest));
      },
    );

    app.put(
      '/people/:id/ips/job-interests/:interestId/status',
      {
        schema: {
          params: jobInterestParams,
          body: jobInterestStatusBody,
          tags,
          summary: 'Change where a job interest stands (interested, applied, not now)',
        },
      },
      async (request) =>
        presentJobInterest(
          await setJobInterestStatus(
            services,
            { personId: request.params.id, interestId: request.params.interestId, ...request.body },
            actorOf(request),
          ),
        ),
    );

    app.put(
      '/people/:id/ips/job-interests/:interestId',
      {
        schema: {
          params: jobInterestParams,
          body: editJobInterestBody,
          tags,
          summary: 'Correct a job interest: the kind of job, the employer and why it appeals',
        },
      },
      async (request) =>
        presentJobInterest(
          await editJobInterest(
            services,
            { personId: request.params.id, interestId: request.params.interestId, ...request.body },
            actorOf(request),
          ),
        ),
    );

    app.delete(
      '/people/:id/ips/job-interests/:interestId',
      {
        schema: {
          params: jobInterestParams,
          querystring: removeJobInterestQuery,
          tags,
          summary: 'Remove a job interest from the person’s job search',
        },
      },
      async (request, reply) => {
        await removeJobInterest(
          services,
          { personId: request.params.id, interestId: request.params.interestId, ...request.query },
          actorOf(request),
        );
        return reply.status(204).send();
      },
    );

    app.get(
      '/ips/caseload',
      { schema: { tags, summary: 'My IPS caseload and my team’s waiting referrals' } },
      async (request) => {
        const caseload = await getIpsCaseload(services, actorOf(request));
        const body: IpsCaseloadDto = {
          ...caseload,
          recentEmployerContacts: caseload.recentEmployerContacts.map(presentEmployerContact),
        };
        return body;
      },
    );

    app.get('/ips/employers', { schema: { tags, summary: 'Employers the service works with' } }, async (request) => {
      const body: EmployersResponse = { employers: await listEmployers(services, actorOf(request)) };
      return body;
    });

    app.post(
      '/ips/employers',
      { schema: { body: employerBody, tags, summary: 'Add an employer (no health information)' } },
      async (request, reply) => reply.status(201).send(await createEmployer(services, request.body, actorOf(request))),
    );

    app.post(
      '/ips/employer-contacts',
      { schema: { body: employerContactBody, tags, summary: 'Record a contact with an employer' } },
      async (request, reply) =>
        reply
          .status(201)
          .send(presentEmployerContact(await recordEmployerContact(services, request.body, actorOf(request)))),
    );

    app.get(
      '/analytics/ips',
      {
        schema: {
          querystring: ipsOutcomesQuery,
          tags,
          summary: 'IPS outcomes: employment rate by quarter, by site, team and specialist',
        },
      },
      async (request): Promise<IpsOutcomesDto> => getIpsOutcomes(services, request.query, actorOf(request)),
    );

    app.get(
      '/analytics/ips.csv',
      { schema: { querystring: ipsOutcomesQuery, tags, summary: 'IPS outcomes as CSV' } },
      async (request, reply) => {
        const outcomes = await getIpsOutcomes(services, request.query, actorOf(request));
        const table = ipsOutcomesTable(outcomes);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="tandem-ips-outcomes-${outcomes.asOf}.csv"`)
          .header('cache-control', 'no-store')
          .send(formatCsv(table.columns, table.rows));
      },
    );

    app.get(
      '/ips/fidelity',
      {
        schema: {
          querystring: fidelityQuery,
          tags,
          summary: 'A team’s IPS-25 fidelity reviews with indicators from the records',
        },
      },
      async (request): Promise<IpsFidelityDto> => {
        const view = await getIpsFidelity(services, request.query, actorOf(request));
        return {
          ...view,
          items: view.items.map((item) => ({ ...item, indicators: [...item.indicators] })),
          reviews: view.reviews.map(({ id, reviewedOn, reviewers, scores, score }) => ({
            id,
            reviewedOn,
            reviewers,
            scores,
            score,
          })),
        };
      },
    );

    app.post(
      '/ips/fidelity-reviews',
      { schema: { body: fidelityReviewBody, tags, summary: 'Record an IPS-25 fidelity review' } },
      async (request, reply) => {
        const review = await recordFidelityReview(services, request.body, actorOf(request));
        return reply.status(201).send({ id: review.id, total: review.total });
      },
    );
  };
}
