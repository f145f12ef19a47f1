import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CONTACT_KIND_LABELS, CONTACT_KINDS, CONTACT_MODE_LABELS, CONTACT_MODES } from '../../../../shared/api/labels';
import type { ContactDto } from '../../../../shared/api/contacts.responses';
import { useRecordContact } from '../api/use-record-contact';
import { toLocalInputValue } from '../../../ui/format/to-local-input-value';
import { ChoiceGroup } from '../../../ui/fields/choice-group';
import { DurationField } from '../../../ui/fields/duration-field';
import { ErrorMessage } from '../../../ui/error-message';
import { useAnnounce } from '../../../ui/live-announcer';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { TextField } from '../../../ui/fields/text-field';
import { useAccountDraft } from '../../../hooks/use-account-draft';
import {
  isContactFormValues,
  validateContactForm,
  type ContactFormErrors,
  type ContactFormValues,
} from '../validate-contact-form';
import { CONTACT_LIMITS } from '../../../../shared/api/labels';

const freshValues = (previous?: ContactFormValues): ContactFormValues => ({
  when: toLocalInputValue(new Date()),
  duration: '30',
  // Workers tend to repeat how they meet someone, so mode and kind stay as they were.
  mode: previous?.mode ?? null,
  kind: previous?.kind ?? 'meeting',
  beyondRoutineNote: '',
  adminMinutes: '0',
  note: '',
});

interface RecordContactFormProps {
  personId: string;
  /** The signed-in account, under which an unsaved contact is kept on the device. */
  accountId: string;
  personName: string;
  onSaved: (contact: ContactDto) => void;
}

/**
 * Records a contact in a few taps: time defaults to now, the usual durations are one tap away. What is
 * typed is kept on the device for this account until it is saved, so a reload or a lapsed session
 * loses none of it.
 */
export function RecordContactForm({ personId, accountId, personName, onSaved }: RecordContactFormProps) {
  const { draft, setDraft, clearDraft } = useAccountDraft(accountId, `contact.${personId}`, isContactFormValues);
  const [values, setValues] = useState<ContactFormValues>(() => draft ?? freshValues());
  const [errors, setErrors] = useState<ContactFormErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const recordContact = useRecordContact(personId);
  const announce = useAnnounce();
  const feedbackRef = useRef<HTMLDivElement>(null);
  // Counts results, so that each save or failure moves focus to its message once it is on screen.
  const [resultCount, setResultCount] = useState(0);
  useEffect(() => {
    if (resultCount > 0) feedbackRef.current?.querySelector<HTMLElement>('.notice')?.focus();
  }, [resultCount]);
  const set = <K extends keyof ContactFormValues>(key: K, value: ContactFormValues[K]) => {
    const next = { ...values, [key]: value };
    setValues(next);
    setDraft(next);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const found = validateContactForm(values, new Date());
    setErrors(found);
    if (Object.keys(found).length > 0) {
      announce('The contact was not saved. Please check the highlighted answers.');
      const form = event.currentTarget;
      requestAnimationFrame(() => focusFirstInvalid(form));
      return;
    }
    recordContact.mutate(
      {
        occurredAt: new Date(values.when).toISOString(),
        durationMinutes: Number(values.duration),
        mode: values.mode!,
        kind: values.kind!,
        beyondRoutineNote: values.beyondRoutineNote.trim() || null,
        adminMinutes: values.adminMinutes.trim() === '' ? 0 : Number(values.adminMinutes),
        note: values.note.trim() || null,
      },
      {
        onSuccess: (contact) => {
          setValues((v) => freshValues(v));
          clearDraft();
          setSaved(`Contact with ${personName} saved. It is at the top of the contacts list.`);
          announce(`Contact with ${personName} saved.`);
          onSaved(contact);
          setResultCount((n) => n + 1);
        },
        onError: () => setResultCount((n) => n + 1),
      },
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={`Record a contact with ${personName}`}>
      <div ref={feedbackRef}>
        {recordContact.isError && <ErrorMessage error={recordContact.error} title="The contact was not saved" />}
        {saved && !recordContact.isError && (
          <p className="notice notice--success" tabIndex={-1}>
            {saved}
          </p>
        )}
      </div>
      <div className="form__row">
        <TextField
          label="When"
          type="datetime-local"
          className="field--medium"
          value={values.when}
          onChange={(e) => set('when', e.target.value)}
          error={errors.when}
        />
      </div>
      <DurationField value={values.duration} onChange={(value) => set('duration', value)} error={errors.duration} />
      <ChoiceGroup
        legend="Where or how"
        name="mode"
        options={CONTACT_MODES}
        labels={CONTACT_MODE_LABELS}
        value={values.mode}
        onChange={(value) => set('mode', value)}
        error={errors.mode}
      />
      <ChoiceGroup
        legend="What kind"
        name="kind"
        options={CONTACT_KINDS}
        labels={CONTACT_KIND_LABELS}
        value={values.kind}
        onChange={(value) => set('kind', value)}
        error={errors.kind}
      />
      <TextAreaField
        label="Went beyond routine?"
        isOptional
        hint="A walk, help with an errand, meeting somewhere that suited them: say what you did. Leave it blank if not."
        maxLength={CONTACT_LIMITS.maxBeyondRoutineNoteLength}
        value={values.beyondRoutineNote}
        onChange={(e) => set('beyondRoutineNote', e.target.value)}
        error={errors.beyondRoutineNote}
        rows={2}
      />
      <TextField
        label="Admin time (minutes)"
        hint="Time spent on paperwork for this contact."
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        className="field--short"
        value={values.adminMinutes}
        onChange={(e) => set('adminMinutes', e.target.value)}
        error={errors.adminMinutes}
      />
      <TextAreaField
        label="Note"
        isOptional
        maxLength={CONTACT_LIMITS.maxNoteLength}
        value={values.note}
        onChange={(e) => set('note', e.target.value)}
        error={errors.note}
      />
      <button type="submit" className="button" disabled={recordContact.isPending}>
        {recordContact.isPending ? 'Saving…' : 'Save contact'}
      </button>
    </form>
  );
}

function focusFirstInvalid(form: HTMLFormElement): void {
  const field = form.querySelector<HTMLElement>('[aria-invalid="true"], .field--error input');
  field?.focus();
}
