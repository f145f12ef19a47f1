import { useState, type FormEvent } from 'react';
import { usePostSectionMessage, useSectionMessages } from '../api/use-section-messages';
import { formatDateTime } from '../../../ui/format/format-date';
import { ErrorMessage } from '../../../ui/error-message';
import { useAnnounce } from '../../../ui/live-announcer';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { CARE_PLAN_LIMITS } from '../../../../shared/api/care-plan.schema';

interface SectionDiscussionProps {
  personId: string;
  sectionKey: string;
  sectionTitle: string;
  messageCount: number;
  /** How many of them the viewer has not read yet. */
  newMessages?: number;
}

/** A section's conversation: disagreements are talked through here, not overwritten. */
export function SectionDiscussion({
  personId,
  sectionKey,
  sectionTitle,
  messageCount,
  newMessages = 0,
}: SectionDiscussionProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [text, setText] = useState('');
  const messages = useSectionMessages(personId, sectionKey, isOpen);
  const shown = messages.data?.pages.flatMap((page) => page.messages) ?? [];
  const post = usePostSectionMessage(personId, sectionKey);
  const announce = useAnnounce();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    post.mutate(text, {
      onSuccess: () => {
        setText('');
        announce('Message added.');
      },
    });
  };
  return (
    <details className="details" onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary>
        Discussion<span className="visually-hidden"> about {sectionTitle}</span> ({messageCount}
        {newMessages > 0 && `, ${newMessages} new`})
      </summary>
      {messages.isError && <ErrorMessage error={messages.error} />}
      {messages.data && shown.length === 0 && <p className="muted">No messages yet.</p>}
      {shown.length > 0 && (
        <ol className="plain-list messages">
          {shown.map((message) => (
            <li key={message.id} className="message">
              <p className="small muted">
                {message.author.name}, {formatDateTime(message.createdAt)}
              </p>
              <p className="pre-wrap">{message.text}</p>
            </li>
          ))}
        </ol>
      )}
      {messages.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={messages.isFetchingNextPage}
          onClick={() => void messages.fetchNextPage()}
        >
          {messages.isFetchingNextPage ? 'Loading…' : 'Show later messages'}
        </button>
      )}
      <form className="form" onSubmit={onSubmit} aria-label={`Add a message about ${sectionTitle}`}>
        {post.isError && (
          <ErrorMessage error={post.error} title="Message not added" labels={{ 'body.text': 'Your message' }} />
        )}
        <TextAreaField
          label="Your message"
          maxLength={CARE_PLAN_LIMITS.maxMessageCharacters}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button button--secondary" disabled={post.isPending}>
          Add message
        </button>
      </form>
    </details>
  );
}
