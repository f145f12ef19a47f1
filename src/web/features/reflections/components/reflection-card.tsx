import { useState, type FormEvent } from 'react';
import type { ReflectionDto } from '../../../../shared/api/reflections.responses';
import { REFLECTION_LIMITS } from '../../../../shared/api/reflections.schema';
import { ErrorMessage } from '../../../ui/error-message';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { formatDateTime } from '../../../ui/format/format-date';
import { useAnnounce } from '../../../ui/live-announcer';
import { Badge } from '../../../ui/badge';
import { useReplyToReflection, useShareReflection } from '../api/use-reflections';
import { THEME_LABELS, WOULD_DO_AGAIN_LABELS } from '../reflection-labels';

/** One entry: the answers to the prompts, whether it is shared, the replies, and a reply box once shared. */
export function ReflectionCard({ entry, canShare }: { entry: ReflectionDto; canShare: boolean }) {
  const share = useShareReflection();
  const reply = useReplyToReflection();
  const announce = useAnnounce();
  const [text, setText] = useState('');
  const headingId = `reflection-${entry.id}`;
  const onReply = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    reply.mutate(
      { reflectionId: entry.id, text },
      {
        onSuccess: () => {
          setText('');
          announce('Reply added.');
        },
      },
    );
  };
  return (
    <li className="card" aria-labelledby={headingId}>
      <h3 className="card__title" id={headingId}>
        {THEME_LABELS[entry.theme]}, {formatDateTime(entry.writtenAt)}
      </h3>
      <p>
        {entry.sharedAt ? (
          <Badge tone="info">Shared with your supervisor {formatDateTime(entry.sharedAt)}</Badge>
        ) : (
          <Badge tone="neutral">Private</Badge>
        )}
      </p>
      <dl className="reflection__answers">
        <dt>What I shared of myself, or did</dt>
        <dd className="pre-wrap">{entry.whatIShared}</dd>
        {entry.why && (
          <>
            <dt>Why</dt>
            <dd className="pre-wrap">{entry.why}</dd>
          </>
        )}
        {entry.whatHappened && (
          <>
            <dt>What happened</dt>
            <dd className="pre-wrap">{entry.whatHappened}</dd>
          </>
        )}
        <dt>Would I do it again?</dt>
        <dd>
          {WOULD_DO_AGAIN_LABELS[entry.wouldDoAgain]}
          {entry.wouldDoAgainNote ? `: ${entry.wouldDoAgainNote}` : ''}
        </dd>
      </dl>
      {canShare && !entry.sharedAt && (
        <>
          {share.isError && <ErrorMessage error={share.error} title="Not shared" />}
          <button
            type="button"
            className="button button--secondary"
            disabled={share.isPending}
            onClick={() => share.mutate(entry.id, { onSuccess: () => announce('Shared with your supervisor.') })}
          >
            Share with my supervisor
          </button>
        </>
      )}
      {entry.replies.length > 0 && (
        <ol className="plain-list" aria-label="Replies">
          {entry.replies.map((r) => (
            <li key={r.id}>
              <p className="small muted">
                {r.authorName}, {formatDateTime(r.writtenAt)}
              </p>
              <p className="pre-wrap">{r.text}</p>
            </li>
          ))}
        </ol>
      )}
      {entry.sharedAt && (
        <form
          className="form"
          onSubmit={onReply}
          aria-label={`Reply on ${THEME_LABELS[entry.theme]}, ${formatDateTime(entry.writtenAt)}`}
        >
          {reply.isError && (
            <ErrorMessage error={reply.error} title="Reply not added" labels={{ 'body.text': 'Your reply' }} />
          )}
          <TextAreaField
            label="Your reply"
            maxLength={REFLECTION_LIMITS.maxReplyCharacters}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button button--secondary" disabled={reply.isPending}>
            Add reply
          </button>
        </form>
      )}
    </li>
  );
}
