import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { countMyUnreadMessages } from '../../services/messages/count-my-unread-messages';
import { countUnreadMessages } from '../../services/messages/count-unread-messages';
import { CONVERSATION_PAGE_LIMIT, getConversation } from '../../services/messages/get-conversation';
import { listInbox } from '../../services/messages/list-inbox';
import { sendMessage } from '../../services/messages/send-message';
import type { ServiceDeps } from '../../services/ports';
import { idParams } from '../../shared/api/common.schema';
import type { InboxResponse, UnreadMessagesResponse } from '../../shared/api/messages.responses';
import { conversationQuery, sendMessageBody } from '../../shared/api/messages.schema';
import { presentConversation, presentInboxEntry, presentMessage } from '../presenters/messages.presenter';
import { actorOf } from '../session-cookie';

/** A person's conversation with their care team, and a worker's inbox of their care teams' conversations. */
export function messagesRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/people/:id/messages',
      {
        schema: {
          params: idParams,
          querystring: conversationQuery,
          tags: ['messages'],
          summary: 'A person’s conversation with their care team, newest first; opening it marks it read',
        },
      },
      async (request) => {
        const { before, beforeId, limit } = request.query;
        const actor = actorOf(request);
        const conversation = await getConversation(
          services,
          {
            personId: request.params.id,
            before: before && beforeId ? { sentAt: new Date(before), id: beforeId } : undefined,
            limit,
          },
          actor,
        );
        return presentConversation(
          conversation,
          actor.accountId,
          Math.min(limit ?? CONVERSATION_PAGE_LIMIT, CONVERSATION_PAGE_LIMIT),
        );
      },
    );

    app.get(
      '/people/:id/messages/unread',
      { schema: { params: idParams, tags: ['messages'], summary: 'How many messages the reader has not read' } },
      async (request) => {
        const unread = await countUnreadMessages(services, { personId: request.params.id }, actorOf(request));
        const body: UnreadMessagesResponse = { unread };
        return body;
      },
    );

    app.post(
      '/people/:id/messages',
      {
        schema: {
          params: idParams,
          body: sendMessageBody,
          tags: ['messages'],
          summary: 'Send a message to the care team (or, from the care team, to the person)',
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const message = await sendMessage(services, { personId: request.params.id, text: request.body.text }, actor);
        return reply.status(201).send(presentMessage(message, actor.accountId));
      },
    );

    app.get(
      '/messages/inbox',
      { schema: { tags: ['messages'], summary: 'The conversations of the people in the worker’s care teams' } },
      async (request) => {
        const rows = await listInbox(services, actorOf(request));
        const body: InboxResponse = {
          conversations: rows.map(presentInboxEntry),
          unreadTotal: rows.reduce((sum, row) => sum + row.unreadCount, 0),
        };
        return body;
      },
    );

    app.get(
      '/messages/unread',
      {
        schema: {
          tags: ['messages'],
          summary: 'How many messages the signed-in account has not read, in every conversation it may read',
        },
      },
      async (request) => {
        const body: UnreadMessagesResponse = { unread: await countMyUnreadMessages(services, actorOf(request)) };
        return body;
      },
    );
  };
}
