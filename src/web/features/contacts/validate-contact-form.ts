import { CONTACT_LIMITS, type ContactKind, type ContactMode } from '../../../shared/api/labels';

export interface ContactFormValues {
  when: string;
  duration: string;
  mode: ContactMode | null;
  kind: ContactKind | null;
  beyondRoutineNote: string;
  adminMinutes: string;
  note: string;
}

export type ContactFormErrors = Partial<Record<keyof ContactFormValues, string>>;

const TEXT_FIELDS = ['when', 'duration', 'beyondRoutineNote', 'adminMinutes', 'note'] as const;

/** Whether a draft read back from the device still has the form's shape. */
export function isContactFormValues(value: unknown): value is ContactFormValues {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  const isChoice = (field: unknown) => field === null || typeof field === 'string';
  return TEXT_FIELDS.every((field) => typeof draft[field] === 'string') && isChoice(draft.mode) && isChoice(draft.kind);
}

const isWholeNumber = (text: string) => /^\d+$/.test(text.trim());

/** Checks the form before it is sent, with the same limits as the server, so mistakes are caught in place. */
export function validateContactForm(values: ContactFormValues, now: Date): ContactFormErrors {
  const errors: ContactFormErrors = {};
  const when = new Date(values.when);
  if (!values.when || Number.isNaN(when.getTime())) errors.when = 'Enter the date and time of the contact.';
  else if (when.getTime() - now.getTime() > CONTACT_LIMITS.maxMinutesInFuture * 60_000)
    errors.when = 'The contact cannot be in the future.';
  else if (now.getTime() - when.getTime() > CONTACT_LIMITS.maxDaysInPast * 86_400_000) {
    errors.when = `A contact can be recorded up to ${CONTACT_LIMITS.maxDaysInPast} days after it happened.`;
  }
  const duration = Number(values.duration);
  if (!isWholeNumber(values.duration) || duration < 1 || duration > CONTACT_LIMITS.maxDurationMinutes) {
    errors.duration = `Enter how long it lasted, in whole minutes (1 to ${CONTACT_LIMITS.maxDurationMinutes}).`;
  }
  if (!values.mode) errors.mode = 'Choose where or how the contact took place.';
  if (!values.kind) errors.kind = 'Choose what kind of contact it was.';
  const admin = values.adminMinutes.trim() === '' ? 0 : Number(values.adminMinutes);
  if (
    (values.adminMinutes.trim() !== '' && !isWholeNumber(values.adminMinutes)) ||
    admin > CONTACT_LIMITS.maxAdminMinutes
  ) {
    errors.adminMinutes = `Enter admin time in whole minutes (0 to ${CONTACT_LIMITS.maxAdminMinutes}).`;
  }
  if (values.beyondRoutineNote.length > CONTACT_LIMITS.maxBeyondRoutineNoteLength) {
    errors.beyondRoutineNote = `At most ${CONTACT_LIMITS.maxBeyondRoutineNoteLength} characters.`;
  }
  if (values.note.length > CONTACT_LIMITS.maxNoteLength)
    errors.note = `At most ${CONTACT_LIMITS.maxNoteLength} characters.`;
  return errors;
}
