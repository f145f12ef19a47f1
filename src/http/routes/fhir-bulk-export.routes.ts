import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BULK_EXPORT_TYPES, type BulkExportType } from '../../domain/bulk-export/bulk-export-rules';
import { AppError } from '../../domain/errors/app-error';
import { toNdjson } from '../../fhir/bulk-resources';
import { operationOutcome } from '../../fhir/operation-outcome';
import { checkKnownParameters, type QueryValues, SearchParameterError, single } from '../../fhir/search-parameters';
import { deleteBulkExport, getBulkExportStatus, readBulkExportPart } from '../../services/bulk-export/read-bulk-export';
import { startBulkExport } from '../../services/bulk-export/start-bulk-export';
import type { ServiceDeps } from '../../services/ports';
import { actorOf } from '../session-cookie';

const ID = /^[0-9a-f-]{36}$/i;
const NDJSON_FORMATS = ['application/fhir+ndjson', 'application/ndjson', 'ndjson'];
/** How long a client should wait before asking again while an export is written. */
const RETRY_AFTER_SECONDS = 2;

/**
 * FHIR Bulk Data export (the Bulk Data Access IG's `$export`, decision 0044): an asynchronous kick-off
 * at system and Group (team) level, status polling, NDJSON files, and deletion. Registered inside the
 * FHIR routes, so the session, the error handler and the OperationOutcomes are theirs.
 */
export function fhirBulkExportRoutes(services: ServiceDeps, base: (request: FastifyRequest) => string) {
  return async (app: FastifyInstance): Promise<void> => {
    const kickOff = async (request: FastifyRequest, reply: FastifyReply, groupId?: string) => {
      if (!/\brespond-async\b/i.test(String(request.headers.prefer ?? ''))) {
        throw new SearchParameterError('A bulk export runs in the background: send the header Prefer: respond-async.');
      }
      const query = checkKnownParameters(request.query as QueryValues, ['_type', '_since', '_outputFormat'], false);
      const format = single(query, '_outputFormat');
      if (format !== undefined && !NDJSON_FORMATS.includes(format)) {
        throw new SearchParameterError('Bulk exports are written as NDJSON: _outputFormat=application/fhir+ndjson.');
      }
      const record = await startBulkExport(
        services,
        {
          level: groupId === undefined ? 'system' : 'group',
          ...(groupId === undefined ? {} : { groupId: exportId(groupId, 'group (team)') }),
          types: single(query, '_type'),
          since: single(query, '_since'),
          requestUrl: `${request.protocol}://${request.host}${request.url}`,
        },
        actorOf(request),
      );
      return reply
        .status(202)
        .header('content-location', `${base(request)}/$export-status/${record.id}`)
        .send(
          operationOutcomeInformation('The export has started. Ask the address in Content-Location for its state.'),
        );
    };

    app.get('/$export', (request, reply) => kickOff(request, reply));
    app.get<{ Params: { id: string } }>('/Group/:id/$export', (request, reply) =>
      kickOff(request, reply, request.params.id),
    );

    app.get<{ Params: { id: string } }>('/$export-status/:id', async (request, reply) => {
      const { record, parts } = await getBulkExportStatus(
        services,
        { id: exportId(request.params.id, 'export') },
        actorOf(request),
      );
      if (record.status === 'pending' || record.status === 'running') {
        return reply
          .status(202)
          .header('x-progress', record.status === 'pending' ? 'waiting to start' : 'writing files')
          .header('retry-after', String(RETRY_AFTER_SECONDS))
          .send();
      }
      if (record.status === 'failed') {
        return reply.status(500).send(operationOutcome('internal', record.error ?? 'The export could not be written.'));
      }
      return reply
        .status(200)
        .header('expires', record.expiresAt.toUTCString())
        .send({
          transactionTime: (record.transactionTime ?? record.requestedAt).toISOString(),
          request: record.requestUrl,
          requiresAccessToken: true,
          output: parts.map((part) => ({
            type: part.resourceType,
            url: `${base(request)}/$export-file/${record.id}/${part.resourceType}/${part.part}`,
            count: part.count,
          })),
          error: [],
        });
    });

    app.delete<{ Params: { id: string } }>('/$export-status/:id', async (request, reply) => {
      await deleteBulkExport(services, { id: exportId(request.params.id, 'export') }, actorOf(request));
      return reply.status(202).send();
    });

    app.get<{ Params: { id: string; type: string; part: string } }>(
      '/$export-file/:id/:type/:part',
      async (request, reply) => {
        const type = request.params.type as BulkExportType;
        const part = Number(request.params.part);
        if (!(BULK_EXPORT_TYPES as readonly string[]).includes(type) || !Number.isInteger(part) || part < 1) {
          throw new AppError('not_found', 'This export has no such file.');
        }
        const { batches } = await readBulkExportPart(
          services,
          { id: exportId(request.params.id, 'export'), resourceType: type, part },
          actorOf(request),
        );
        // Sent as it is read, a batch of lines at a time: the file is never whole in memory (decision 0051).
        // One batch waits at most; the default would read up to 16 ahead of a slow client.
        const lines = Readable.from(
          (async function* () {
            for await (const batch of batches) yield toNdjson(type, batch);
          })(),
          { highWaterMark: 1 },
        );
        return reply.status(200).type('application/fhir+ndjson').send(lines);
      },
    );
  };
}

function exportId(id: string, what: string): string {
  if (!ID.test(id)) throw new AppError('not_found', `There is no ${what} with the id ${id.slice(0, 64)}.`);
  return id.toLowerCase();
}

function operationOutcomeInformation(message: string) {
  const outcome = operationOutcome('bad_request', message);
  return {
    ...outcome,
    issue: outcome.issue.map((issue) => ({ ...issue, severity: 'information', code: 'informational' })),
  };
}
