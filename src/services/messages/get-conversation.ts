import type { AccessBasis } from '../../domain/access/person-access-policy';
import type { Actor } from '../../domain/accounts/actor';
import { recordAudit } from '../audit/record-audit';
import type { CrisisContactRecord } from '../organisation/ports';
import { requirePersonAccess } from '../access/require-person-access';
import type { ServiceDeps } from '../ports';
import { messageSideOf } from './message-author';
import type { MessageCursor, MessageView } from './ports';

/** The most messages one request returns; older ones come page by page. */
export const CONVERSATION_PAGE_LIMIT = 50;

export interface Conversation {
  personId: string;
  personName: string;
  /** Newest first. */
  messages: MessageView[];
  /** How many of these messages, written by others, the reader had not read before opening them. */
  newForReader: number;
  /** When the team reads messages, and who to ring in a crisis: shown beside every conversation. */
  teamContact: { teamName: string; phone: string | null; serviceHours: string | null };
  crisisContacts: CrisisContactRecord[];
  basis: AccessBasis;
  canSend: boolean;
}

/**
 * Opens a person's conversation with their care team a page at a time, newest first, and marks
 * what the reader now sees as read, so the sender can see who read it and when.
 */
export async function getConversation(
  deps: ServiceDeps,
  input: { personId: string; before?: MessageCursor; limit?: number },
  actor: Actor,
): Promise<Conversation> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'read_messages', now);
    const messages = await repositories.messages.listForPerson(person.id, {
      before: input.before,
      limit: Math.min(input.limit ?? CONVERSATION_PAGE_LIMIT, CONVERSATION_PAGE_LIMIT),
    });
    const unread = messages.filter(
      (m) => m.authorAccountId !== actor.accountId && !m.reads.some((r) => r.accountId === actor.accountId),
    );
    const readerKind = messageSideOf(actor);
    await repositories.messages.markRead(
      unread.map((m) => ({
        messageId: m.id,
        personId: person.id,
        accountId: actor.accountId,
        readerName: actor.displayName,
        readerKind,
        readAt: now,
      })),
    );
    const team = await repositories.organisation.findTeam(person.teamId);
    const crisisContacts = await repositories.organisation.listCrisisContacts();
    await recordAudit(repositories, actor, now, {
      action: 'messages.read',
      personId: person.id,
      basis,
      detail: { count: messages.length, newlyRead: unread.length },
    });
    const readNow = new Set(unread.map((m) => m.id));
    return {
      personId: person.id,
      personName: person.preferredName ?? person.name,
      messages: messages.map((m) =>
        readNow.has(m.id)
          ? {
              ...m,
              reads: [
                ...m.reads,
                { accountId: actor.accountId, readerName: actor.displayName, readerKind, readAt: now },
              ],
            }
          : m,
      ),
      newForReader: unread.length,
      teamContact: { teamName: team?.name ?? '', phone: team?.phone ?? null, serviceHours: team?.serviceHours ?? null },
      crisisContacts,
      basis,
      canSend: person.dischargedOn === null,
    };
  });
}
