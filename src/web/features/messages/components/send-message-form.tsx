import { useState, type FormEvent } from 'react';
import { useAccountDraft } from '../../../hooks/use-account-draft';
import { ErrorMessage } from '../../../ui/error-message';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { useAnnounce } from '../../../ui/live-announcer';
import { useSendMessage } from '../api/use-messages';

const MAX_CHARACTERS = 4_000;
const isText = (value: unknown): value is string => typeof value === 'string';
const characters = (text: string) => [...new Intl.Segmenter().segment(text)].length;

/** Writes a message; what is typed is kept in the browser for this account until it is sent. */
export function SendMessageForm({
  personId,
  accountId,
  label,
}: {
  personId: string;
  accountId: string;
  label: string;
}) {
  const { draft, setDraft, clearDraft } = useAccountDraft(accountId, `message.${personId}`, isText);
  const [text, setText] = useState(draft ?? '');
  const send = useSendMessage(personId);
  const announce = useAnnounce();
  const count = characters(text);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '' || count > MAX_CHARACTERS) return;
    send.mutate(text, {
      onSuccess: () => {
        setText('');
        clearDraft();
        announce('Message sent.');
      },
    });
  };
  return (
    <form className="form" onSubmit={onSubmit} aria-label="Write a message">
      {send.isError && <ErrorMessage error={send.error} title="Message not sent" labels={{ 'body.text': label }} />}
      <TextAreaField
        label={label}
        hint={`Plain text, up to ${MAX_CHARACTERS.toLocaleString('en-GB')} characters. ${count.toLocaleString('en-GB')} used.`}
        error={count > MAX_CHARACTERS ? `This is ${count - MAX_CHARACTERS} characters too long.` : undefined}
        rows={4}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setDraft(event.target.value);
        }}
      />
      <button type="submit" className="button" disabled={send.isPending}>
        Send message
      </button>
    </form>
  );
}
