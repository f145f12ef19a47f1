import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { InstrumentDto } from '../../../../shared/api/instruments.responses';
import type { MeetingDto, MeetingOpeningResponse } from '../../../../shared/api/meetings.responses';
import { useRecordMeeting } from '../api/use-record-meeting';
import '../meetings.css';
import { ErrorMessage } from '../../../ui/error-message';
import { useAnnounce } from '../../../ui/live-announcer';
import { MeetingActionsStep } from './meeting-actions-step';
import { MeetingAreasStep } from './meeting-areas-step';
import { MeetingDetailsStep } from './meeting-details-step';
import { emptyDraft, toRecordMeetingBody, type MeetingDraft } from '../meeting-draft';
import { MeetingNotesStep } from './meeting-notes-step';
import { MeetingRatingsStep } from './meeting-ratings-step';
import { MeetingReviewStep } from './meeting-review-step';
import { serverProblems } from '../../../api-client/server-problems';
import { useSession } from '../../session/api/use-session';
import { useAccountDraft } from '../../../hooks/use-account-draft';

const STEPS = [
  'Actions from last time',
  'How things are',
  'What to talk about',
  'Talking it through',
  'Actions for next time',
  'About the meeting',
] as const;

interface MeetingFormProps {
  personId: string;
  opening: MeetingOpeningResponse;
  ratingsInstrument: InstrumentDto;
  onSaved: (meeting: MeetingDto) => void;
  /** Told whether there is unsaved work, so the page can warn before it is left. */
  onDirtyChange?: (isDirty: boolean) => void;
}

/** A meeting in progress as kept on the device: the step reached and everything entered. */
interface StoredMeeting {
  step: number;
  draft: MeetingDraft;
}

const isStoredMeeting = (value: unknown): value is StoredMeeting =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as StoredMeeting).step === 'number' &&
  typeof (value as StoredMeeting).draft === 'object';

type ActionErrors = Record<number, { description?: string; ownerName?: string; owner?: string }>;

/** Focuses an element once React has drawn it: errors and new rows appear after this render. */
function focusSoon(selector: string) {
  window.setTimeout(() => {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element) return;
    // A fieldset cannot take focus itself; its first control can.
    const target = element.matches('input, [tabindex]')
      ? element
      : (element.querySelector<HTMLElement>('input, textarea, select, button') ?? element);
    target.focus();
  }, 0);
}

/** A shared meeting in six short steps, one screen each, so the device can be passed between the two people. */
export function MeetingForm({ personId, opening, ratingsInstrument, onSaved, onDirtyChange }: MeetingFormProps) {
  // Kept on the device under the account as it is typed, so a reload, a lapsed session or a slip
  // of the finger on "Back" does not lose the meeting: it opens again where it was left.
  const stored = useAccountDraft(useSession().data?.me.accountId ?? null, `meeting.${personId}`, isStoredMeeting);
  const [restored] = useState(stored.draft !== null);
  const [step, setStep] = useState(() => Math.min(Math.max(stored.draft?.step ?? 0, 0), STEPS.length - 1));
  const [draft, setDraft] = useState<MeetingDraft>(() =>
    stored.draft ? { ...emptyDraft(), ...stored.draft.draft } : emptyDraft(),
  );
  const isDirty = restored || JSON.stringify(draft) !== JSON.stringify(emptyDraft()) || step > 0;
  const { setDraft: keep } = stored;
  useEffect(() => {
    if (isDirty) keep({ step, draft });
  }, [isDirty, step, draft, keep]);
  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange]);
  const [reviewError, setReviewError] = useState<string | undefined>();
  const [actionErrors, setActionErrors] = useState<ActionErrors>({});
  const [detailErrors, setDetailErrors] = useState<{ durationMinutes?: string; mode?: string }>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const hasMoved = useRef(false);
  const announce = useAnnounce();
  const save = useRecordMeeting(personId);
  const patch = (next: Partial<MeetingDraft>) => setDraft((d) => ({ ...d, ...next }));

  // Focus follows the step, so a screen reader starts at the new step's heading, not at the old button.
  useEffect(() => {
    if (hasMoved.current) headingRef.current?.focus();
  }, [step]);
  useEffect(() => {
    if (save.isError) errorRef.current?.querySelector<HTMLElement>('[role="alert"]')?.focus();
  }, [save.isError, save.failureCount]);

  const goTo = (next: number) => {
    hasMoved.current = true;
    setStep(next);
    announce(`Step ${next + 1} of ${STEPS.length}: ${STEPS[next]}`);
  };

  /** Checks the current step; returns the id of the first field to fix, or null. */
  const stepProblem = (): string | null => {
    if (step === 0) {
      const unmarked = opening.openActions.filter((a) => !draft.reviews[a.id]);
      setReviewError(unmarked.length > 0 ? 'Mark this action done or not done.' : undefined);
      return unmarked.length > 0 ? `input[name="review-${unmarked[0]!.id}"]` : null;
    }
    if (step === 4) {
      const errors: ActionErrors = {};
      for (const action of draft.actions) {
        const e: ActionErrors[number] = {};
        if (!action.owner) e.owner = 'Choose who will do it.';
        if (action.description.trim() === '') e.description = 'Say what will be done.';
        if (action.owner === 'other' && action.ownerName.trim() === '')
          e.ownerName = 'Give the name of the person who will do it.';
        if (Object.keys(e).length > 0) errors[action.key] = e;
      }
      setActionErrors(errors);
      const first = draft.actions.find((a) => errors[a.key]);
      return first ? `#action-heading-${first.key}` : null;
    }
    if (step === 5) {
      const errors: { durationMinutes?: string; mode?: string } = {};
      const minutes = Number(draft.durationMinutes);
      if (!Number.isInteger(minutes) || minutes < 1)
        errors.durationMinutes = 'Say how many minutes the meeting lasted.';
      if (!draft.mode) errors.mode = 'Choose where or how you met.';
      setDetailErrors(errors);
      return Object.keys(errors).length > 0 ? '.meeting-form .field--error' : null;
    }
    return null;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = stepProblem();
    if (problem) {
      announce('Please check this step: something needs changing.');
      focusSoon(problem);
      return;
    }
    if (step < STEPS.length - 1) {
      goTo(step + 1);
      return;
    }
    save.mutate(toRecordMeetingBody(draft, opening.ratingsInstrument, opening.areas), {
      onSuccess: (meeting) => {
        stored.clearDraft();
        onDirtyChange?.(false);
        announce('Meeting saved.');
        onSaved(meeting);
      },
    });
  };

  const chosenAreas = draft.chosenAreaIds
    .map((id) => opening.areas.find((a) => a.id === id))
    .filter((a) => a !== undefined);
  const problems = serverProblems(save.error);
  const isLast = step === STEPS.length - 1;

  return (
    <form className="form meeting-form" aria-labelledby="meeting-step-heading" onSubmit={onSubmit} noValidate>
      <p className="meeting-progress" aria-hidden="true">
        {STEPS.map((label, index) => (
          <span
            key={label}
            className={`meeting-progress__dot ${index === step ? 'meeting-progress__dot--current' : ''}`}
          >
            {index + 1}
          </span>
        ))}
      </p>
      {restored && (
        <p className="notice notice--info">
          This meeting was not saved last time. Everything entered so far is back, at the step you reached.
        </p>
      )}
      <h2 id="meeting-step-heading" ref={headingRef} tabIndex={-1}>
        <span className="meeting-step-count">
          Step {step + 1} of {STEPS.length}:
        </span>{' '}
        {STEPS[step]}
      </h2>

      {step === 0 && (
        <MeetingReviewStep
          actions={opening.openActions}
          reviews={draft.reviews}
          error={reviewError}
          onChange={(actionId, outcome) => patch({ reviews: { ...draft.reviews, [actionId]: outcome } })}
        />
      )}
      {step === 1 && (
        <MeetingRatingsStep
          areas={opening.areas}
          instrument={ratingsInstrument}
          ratings={draft.ratings}
          moreHelp={draft.moreHelp}
          onRate={(areaId, value) => patch({ ratings: { ...draft.ratings, [areaId]: value } })}
          onMoreHelp={(areaId, value) => patch({ moreHelp: { ...draft.moreHelp, [areaId]: value } })}
        />
      )}
      {step === 2 && (
        <MeetingAreasStep
          areas={opening.areas}
          ratings={draft.ratings}
          chosen={draft.chosenAreaIds}
          onChange={(chosenAreaIds) => patch({ chosenAreaIds })}
        />
      )}
      {step === 3 && (
        <MeetingNotesStep
          areas={chosenAreas}
          notes={draft.notes}
          onChange={(areaId, notes) => patch({ notes: { ...draft.notes, [areaId]: notes } })}
        />
      )}
      {step === 4 && (
        <MeetingActionsStep
          actions={draft.actions}
          errors={actionErrors}
          onChange={(actions) => patch({ actions })}
          onAdded={(key) => focusSoon(`#action-heading-${key}`)}
        />
      )}
      {step === 5 && (
        <MeetingDetailsStep
          durationMinutes={draft.durationMinutes}
          mode={draft.mode}
          beyondRoutineNote={draft.beyondRoutineNote}
          errors={detailErrors}
          onChange={(next) => patch(next)}
        />
      )}

      {save.isError && isLast && (
        <div ref={errorRef}>
          <ErrorMessage error={save.error} title="The meeting was not saved" />
          {problems.length > 0 && (
            <ul className="field__error">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div className="meeting-nav">
        {step > 0 && (
          <button type="button" className="button button--secondary" onClick={() => goTo(step - 1)}>
            Back
          </button>
        )}
        <button type="submit" className="button" disabled={save.isPending}>
          {isLast ? (save.isPending ? 'Saving…' : 'Save meeting') : 'Next'}
        </button>
      </div>
    </form>
  );
}
