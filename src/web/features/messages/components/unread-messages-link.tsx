import { Link } from 'react-router';
import type { Me } from '../../../../shared/api/sessions.responses';
import { useMyUnreadMessages } from '../api/use-messages';
import '../messages.css';

/** Where the signed-in account reads its messages, or null when it has none to read. */
export function messagesPathFor(me: Me): string | null {
  switch (me.role) {
    case 'service_user':
      return me.personId ? `/people/${encodeURIComponent(me.personId)}/messages` : null;
    case 'carer':
      return me.carerId ? '/cared-for' : null;
    case 'worker':
    case 'team_manager':
      return me.workerId ? '/messages' : null;
    case 'admin':
    case 'researcher':
    case 'student':
      return null;
  }
}

/** A small badge in the header, "3 unread", linking to the messages; nothing when all is read. */
export function UnreadMessagesLink({ me }: { me: Me }) {
  const path = messagesPathFor(me);
  const unread = useMyUnreadMessages(path !== null);
  const count = unread.data?.unread ?? 0;
  if (path === null || count === 0) return null;
  return (
    <Link className="unread-messages-link" to={path}>
      <span className="badge badge--info unread-messages-link__badge">
        {count} unread<span className="visually-hidden"> {count === 1 ? 'message' : 'messages'}</span>
      </span>
    </Link>
  );
}
