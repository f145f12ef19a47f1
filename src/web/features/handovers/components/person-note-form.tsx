import { useState, type FormEvent } from 'react';
import type { HandoverDto } from '../../../../shared/api/handovers.responses';
import { HANDOVER_NOTE_MAX } from '../../../../shared/api/labels';
import { useAccountDraft } from '../../../hooks/use-account-draft';
import { useFormResult } from '../../../hooks/use-form-result';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { FormFeedback } from '../../../ui/form-feedback';
import { useSession } from '../../session/api/use-session';
import { useAddToHandoverNote } from '../api/use-handovers';

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * The person's own words for their new worker. Kept as a draft in this browser under their account
 * until saved (cleared on sign-out), so nothing they wrote is lost to a lapsed session.
 */
export function PersonNoteForm({ handover }: { handover: HandoverDto }) {
  const accountId = useSession().data?.me.accountId ?? null;
  const stored = useAccountDraft(accountId, `handover-note.${handover.id}`, isText);
  const [text, setText] = useState(stored.draft ?? handover.personNote ?? '');
  const save = useAddToHandoverNote(handover.personId, handover.id);
  const result = useFormResult();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    result.reset();
    save.mutate(
      { version: handover.version, personNote: text },
      {
        onSuccess: () => {
          stored.clearDraft();
          result.succeeded(`Saved. ${handover.toWorkerName} will read this when they take over.`);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} className="form">
      <TextAreaField
        label="What I want my new worker to know"
        hint={`In your own words: what helps, what does not, what you want to keep. ${handover.toWorkerName} reads it with the handover note.`}
        value={text}
        rows={5}
        maxLength={HANDOVER_NOTE_MAX}
        onChange={(event) => {
          setText(event.target.value);
          stored.setDraft(event.target.value);
        }}
      />
      {stored.draft !== null && stored.draft !== (handover.personNote ?? '') && (
        <p className="muted small">Not saved yet: kept on this device until you save.</p>
      )}
      <FormFeedback error={save.error} success={result.success} ref={result.feedbackRef} />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          Save what I want them to know
        </button>
      </div>
    </form>
  );
}
