import type { MessageDto } from '../../../../shared/api/messages.responses';
import { formatDateTime } from '../../../ui/format/format-date';

const KIND_WORDS: Record<MessageDto['authorKind'], string> = {
  person: '',
  carer: ' (carer)',
  worker: ' (care team)',
};

/** Who read one's own message, in words: "Read by Nia Nurse, 15 June 10:02". */
function readLine(message: MessageDto): string {
  if (message.reads.length === 0) return 'Not read yet';
  return `Read by ${message.reads.map((r) => `${r.readerName} (${formatDateTime(r.readAt)})`).join(', ')}`;
}

/** The conversation, oldest at the top as a conversation reads; the sender sees who read each message. */
export function MessageList({ messages }: { messages: MessageDto[] }) {
  if (messages.length === 0) return <p className="muted">No messages yet.</p>;
  return (
    <ol className="plain-list conversation">
      {[...messages].reverse().map((message) => (
        <li key={message.id} className={`conversation__message${message.isMine ? ' conversation__message--mine' : ''}`}>
          <p className="small muted">
            {message.isMine ? 'You' : `${message.authorName}${KIND_WORDS[message.authorKind]}`},{' '}
            <time dateTime={message.sentAt}>{formatDateTime(message.sentAt)}</time>
          </p>
          <p className="pre-wrap">{message.text}</p>
          {message.isMine && <p className="small muted">{readLine(message)}</p>}
        </li>
      ))}
    </ol>
  );
}
