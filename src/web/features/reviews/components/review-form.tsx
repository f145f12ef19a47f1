import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { HoldReviewResponse, ReviewChoicesResponse } from '../../../../shared/api/reviews.responses';
import type { HoldReviewBody } from '../../../../shared/api/reviews.schema';
import { CARE_TEAM_ROLE_LABELS, type CareTeamRole } from '../../../../shared/api/labels';
import { useHoldReview } from '../api/use-reviews';
import { formatDate } from '../../../ui/format/format-date';
import { todayIsoDate } from '../../../ui/format/today-iso-date';
import { ErrorMessage } from '../../../ui/error-message';
import { useAnnounce } from '../../../ui/live-announcer';
import { serverProblems } from '../../../api-client/server-problems';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { TextField } from '../../../ui/fields/text-field';
import { REVIEW_LIMITS } from '../../../../shared/api/reviews.schema';

type Attendee = HoldReviewBody['attendees'][number];

interface ReviewFormValues {
  heldOn: string;
  /** "person", "worker:<id>" or "carer:<id>". */
  present: Set<string>;
  others: string;
  whatChanged: string;
}

type ReviewFormErrors = Partial<Record<'heldOn' | 'attendees' | 'whatChanged', string>>;

const freshValues = (): ReviewFormValues => ({
  heldOn: todayIsoDate(),
  present: new Set(),
  others: '',
  whatChanged: '',
});

/** Names typed into "anyone else", one per line or separated by commas. */
const otherNames = (text: string): string[] =>
  text
    .split(/[\n,]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');

function attendeesOf(values: ReviewFormValues): Attendee[] {
  const attendees: Attendee[] = [];
  for (const key of values.present) {
    const [kind, id = ''] = key.split(':');
    if (kind === 'person') attendees.push({ kind: 'person' });
    if (kind === 'worker') attendees.push({ kind: 'worker', workerId: id });
    if (kind === 'carer') attendees.push({ kind: 'carer', carerId: id });
  }
  return [...attendees, ...otherNames(values.others).map((name): Attendee => ({ kind: 'other', name }))];
}

function validate(values: ReviewFormValues, today: string): ReviewFormErrors {
  const errors: ReviewFormErrors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.heldOn)) errors.heldOn = 'Give the date the review was held.';
  else if (values.heldOn > today) errors.heldOn = 'A review cannot be recorded before it has happened.';
  if (attendeesOf(values).length === 0)
    errors.attendees = 'Say who was at the review: tick at least one person, or name someone.';
  if (values.whatChanged.trim() === '')
    errors.whatChanged = 'Say what changed at the review, even if it was “nothing”.';
  return errors;
}

interface ReviewFormProps {
  personId: string;
  personName: string;
  choices: ReviewChoicesResponse;
  onHeld?: (result: HoldReviewResponse) => void;
}

/** Records a review as held: when, who was there (ticked from the care team and carers, or named) and what changed. */
export function ReviewForm({ personId, personName, choices, onHeld }: ReviewFormProps) {
  const [values, setValues] = useState<ReviewFormValues>(freshValues);
  const [errors, setErrors] = useState<ReviewFormErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const hold = useHoldReview(personId);
  const announce = useAnnounce();
  const feedbackRef = useRef<HTMLDivElement>(null);
  const attendeesErrorId = useId();
  const [resultCount, setResultCount] = useState(0);
  useEffect(() => {
    if (resultCount > 0) feedbackRef.current?.querySelector<HTMLElement>('.notice')?.focus();
  }, [resultCount]);

  const toggle = (key: string, isOn: boolean) =>
    setValues((v) => {
      const present = new Set(v.present);
      if (isOn) present.add(key);
      else present.delete(key);
      return { ...v, present };
    });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const found = validate(values, todayIsoDate());
    setErrors(found);
    if (Object.keys(found).length > 0) {
      announce('The review was not recorded. Please check the highlighted answers.');
      const form = event.currentTarget;
      requestAnimationFrame(() =>
        form.querySelector<HTMLElement>('[aria-invalid="true"], .field--error input')?.focus(),
      );
      return;
    }
    hold.mutate(
      { heldOn: values.heldOn, attendees: attendeesOf(values), whatChanged: values.whatChanged },
      {
        onSuccess: (result) => {
          setValues(freshValues());
          const message = `Review of ${formatDate(result.review.heldOn ?? values.heldOn)} recorded. The next review is due on ${formatDate(result.nextReview.dueOn)}.`;
          setSaved(message);
          announce(message);
          onHeld?.(result);
          setResultCount((n) => n + 1);
        },
        onError: () => setResultCount((n) => n + 1),
      },
    );
  };

  const problems = hold.isError ? serverProblems(hold.error) : [];
  return (
    <form className="form review-form" onSubmit={onSubmit} noValidate aria-label={`Record a review with ${personName}`}>
      <div ref={feedbackRef}>
        {hold.isError && (
          <>
            <ErrorMessage error={hold.error} title="The review was not recorded" />
            {problems.length > 0 && (
              <ul className="field__error">
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )}
          </>
        )}
        {saved && !hold.isError && (
          <p className="notice notice--success" tabIndex={-1}>
            {saved}
          </p>
        )}
      </div>
      <TextField
        label="Date held"
        type="date"
        className="field--medium"
        max={todayIsoDate()}
        value={values.heldOn}
        onChange={(e) => setValues((v) => ({ ...v, heldOn: e.target.value }))}
        error={errors.heldOn}
      />
      <fieldset
        className={`fieldset ${errors.attendees ? 'field--error' : ''}`}
        aria-describedby={errors.attendees ? attendeesErrorId : undefined}
      >
        <legend className="fieldset__legend">Who was there</legend>
        {errors.attendees && (
          <p className="field__error" id={attendeesErrorId}>
            {errors.attendees}
          </p>
        )}
        <Check
          label={`${choices.person.name} (the person)`}
          isChecked={values.present.has('person')}
          onChange={(on) => toggle('person', on)}
          isInvalid={!!errors.attendees}
        />
        {choices.carers.map((carer) => (
          <Check
            key={carer.id}
            label={`${carer.name} (${carer.relationship.toLowerCase()}, carer)`}
            isChecked={values.present.has(`carer:${carer.id}`)}
            onChange={(on) => toggle(`carer:${carer.id}`, on)}
          />
        ))}
        {choices.workers.map((worker) => (
          <Check
            key={worker.id}
            label={`${worker.name} (${workerDescription(worker.role, worker.profession)})`}
            isChecked={values.present.has(`worker:${worker.id}`)}
            onChange={(on) => toggle(`worker:${worker.id}`, on)}
          />
        ))}
        <TextField
          label="Anyone else"
          isOptional
          hint="An advocate, a GP, a friend: their names, separated by commas."
          value={values.others}
          onChange={(e) => setValues((v) => ({ ...v, others: e.target.value }))}
          autoComplete="off"
        />
      </fieldset>
      <TextAreaField
        label="What changed"
        hint={`What was agreed with ${personName}, and what changes in the plan or the support. If nothing changed, say so.`}
        rows={5}
        maxLength={REVIEW_LIMITS.maxWhatChangedCharacters}
        value={values.whatChanged}
        onChange={(e) => setValues((v) => ({ ...v, whatChanged: e.target.value }))}
        error={errors.whatChanged}
      />
      <button type="submit" className="button" disabled={hold.isPending}>
        {hold.isPending ? 'Recording…' : 'Record review'}
      </button>
    </form>
  );
}

/** "care coordinator, mental health nurse"; the role alone when the profession says the same. */
function workerDescription(role: string, profession: string): string {
  const roleLabel = (CARE_TEAM_ROLE_LABELS[role as CareTeamRole] ?? role).toLowerCase();
  const professionLabel = profession.toLowerCase();
  return roleLabel === professionLabel ? roleLabel : `${roleLabel}, ${professionLabel}`;
}

function Check({
  label,
  isChecked,
  onChange,
  isInvalid = false,
}: {
  label: string;
  isChecked: boolean;
  onChange: (isOn: boolean) => void;
  isInvalid?: boolean;
}) {
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={isChecked}
        onChange={(e) => onChange(e.target.checked)}
        aria-invalid={isInvalid || undefined}
      />{' '}
      {label}
    </label>
  );
}
