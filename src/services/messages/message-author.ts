import type { Actor } from '../../domain/accounts/actor';
import type { MessageAuthorKind } from '../../domain/messages/message-text';

/** Which side of the conversation an actor writes and reads on: the person, a carer, or the care team. */
export const messageSideOf = (actor: Actor): MessageAuthorKind =>
  actor.role === 'service_user' ? 'person' : actor.role === 'carer' ? 'carer' : 'worker';
