import { Link } from 'react-router';
import { usePageTitle } from '../../../hooks/use-page-title';
import { Badge } from '../../../ui/badge';
import { ErrorMessage } from '../../../ui/error-message';
import { formatDateTime } from '../../../ui/format/format-date';
import { LoadingMessage } from '../../../ui/loading-message';
import { useInbox } from '../api/use-messages';
import { WaitingCarerAssessments } from '../../carers/components/waiting-carer-assessments';
import '../messages.css';

/**
 * The team inbox: every conversation of the people whose care team the worker is in. "Waiting for
 * the care team" marks messages no one in the team has read, so a message to an absent colleague is
 * picked up.
 */
export function InboxPage() {
  usePageTitle('Messages');
  const inbox = useInbox();
  return (
    <>
      <h1>Messages</h1>
      <p className="lead">
        Messages from the people you support and their carers go to their whole care team. Pick up anything waiting for
        the care team, even when it is for a colleague who is away.
      </p>
      {inbox.isPending && <LoadingMessage what="messages" />}
      {inbox.isError && <ErrorMessage error={inbox.error} />}
      {inbox.data && inbox.data.conversations.length === 0 && <p className="muted">No messages yet.</p>}
      {inbox.data && inbox.data.conversations.length > 0 && (
        <ul className="card-list">
          {inbox.data.conversations.map((entry) => (
            <li key={entry.personId} className="card">
              <h2 className="card__title">
                <Link to={`/people/${encodeURIComponent(entry.personId)}/messages`}>{entry.personName}</Link>
              </h2>
              <p className="small muted">
                Last message from {entry.lastAuthorName}, {formatDateTime(entry.lastMessageAt)}
              </p>
              <p className="inbox__badges">
                {entry.unreadCount > 0 && <Badge tone="info">{entry.unreadCount} unread by you</Badge>}
                {entry.waitingForCareTeam > 0 && (
                  <Badge tone="warning">{entry.waitingForCareTeam} waiting for the care team</Badge>
                )}
                {entry.unreadCount === 0 && entry.waitingForCareTeam === 0 && <span className="muted">All read</span>}
              </p>
            </li>
          ))}
        </ul>
      )}
      <WaitingCarerAssessments />
    </>
  );
}
