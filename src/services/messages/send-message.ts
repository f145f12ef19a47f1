import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { messageTextProblem, normaliseMessageText } from '../../domain/messages/message-text';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import { messageSideOf } from './message-author';
import { notifyOfNewMessage } from './notify-of-new-message';
import type { MessageRecord } from './ports';

/**
 * Sends a message in the person's conversation with their care team: from the person, a carer
 * they let in, or a worker in the care team. The message is to the care team as a whole, so it is
 * seen even when one worker is away (ADR 0031). The email that tells the care team about it is
 * queued in the same transaction and says only that there is something new.
 */
export async function sendMessage(
  deps: ServiceDeps,
  input: { personId: string; text: string },
  actor: Actor,
): Promise<MessageRecord> {
  const text = normaliseMessageText(input.text);
  const problem = messageTextProblem(text);
  if (problem) throw new AppError('bad_request', problem, { field: 'text' });
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'send_message', now);
    const message: MessageRecord = {
      id: newId(),
      personId: person.id,
      authorAccountId: actor.accountId,
      authorName: actor.displayName,
      authorKind: messageSideOf(actor),
      text,
      sentAt: now,
    };
    await repositories.messages.create(message);
    // The writer has read their own message.
    await repositories.messages.markRead([
      {
        messageId: message.id,
        personId: person.id,
        accountId: actor.accountId,
        readerName: actor.displayName,
        readerKind: message.authorKind,
        readAt: now,
      },
    ]);
    await notifyOfNewMessage(deps, repositories, message);
    await recordAudit(repositories, actor, now, {
      action: 'message.send',
      personId: person.id,
      basis,
      detail: { messageId: message.id, characters: text.length },
    });
    return message;
  });
}
