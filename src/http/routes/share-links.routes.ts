import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceDeps } from '../../services/ports';
import { createShareLink } from '../../services/share-links/create-share-link';
import { listShareLinks } from '../../services/share-links/list-share-links';
import { openShareLink } from '../../services/share-links/open-share-link';
import { revokeShareLink } from '../../services/share-links/revoke-share-link';
import { idParams } from '../../shared/api/common.schema';
import type {
  ShareLinkCreatedResponse,
  ShareLinkDto,
  ShareLinksResponse,
  SharedDocumentResponse,
} from '../../shared/api/share-links.responses';
import { createShareLinkBody, shareLinkParams, sharedTokenParams } from '../../shared/api/share-links.schema';
import { presentShareLink, presentSharedDocument } from '../presenters/share-links.presenter';
import { actorOf } from '../session-cookie';

/**
 * Links that open a person's safety plan without an account: made, listed and revoked by the person
 * (or their care team, with the person's consent); opened by whoever holds one, with no session.
 */
export function shareLinksRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['share links'];
    app.get(
      '/people/:id/share-links',
      { schema: { tags, params: idParams, summary: 'The person’s share links, newest first' } },
      async (request): Promise<ShareLinksResponse> => {
        const links = await listShareLinks(services, { personId: request.params.id }, actorOf(request));
        const now = services.now();
        return { links: links.map((link) => presentShareLink(link, now)) };
      },
    );

    app.post(
      '/people/:id/share-links',
      { schema: { tags, params: idParams, body: createShareLinkBody, summary: 'Make a share link (shown once)' } },
      async (request, reply) => {
        const { link, token } = await createShareLink(
          services,
          { ...request.body, personId: request.params.id },
          actorOf(request),
        );
        const path = `/shared/${token}`;
        const body: ShareLinkCreatedResponse = {
          link: presentShareLink(link, services.now()),
          path,
          url: `${request.protocol}://${request.host}${path}`,
        };
        return reply.status(201).send(body);
      },
    );

    app.post(
      '/people/:id/share-links/:linkId/revoke',
      { schema: { tags, params: shareLinkParams, summary: 'Turn a share link off' } },
      async (request): Promise<ShareLinkDto> => {
        const link = await revokeShareLink(
          services,
          { personId: request.params.id, linkId: request.params.linkId },
          actorOf(request),
        );
        return presentShareLink(link, services.now());
      },
    );

    app.get(
      '/shared/:token',
      {
        schema: { tags, params: sharedTokenParams, summary: 'The shared document behind a link, without an account' },
        // Tokens cannot be guessed (256-bit verifier), but nobody should get to try many.
        config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      },
      async (request): Promise<SharedDocumentResponse> => {
        const { document, expiresAt } = await openShareLink(services, { token: request.params.token });
        return presentSharedDocument(document, expiresAt);
      },
    );
  };
}
