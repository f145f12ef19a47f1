import { useState, type FormEvent } from 'react';
import type {
  CarePlanGoalOptionDto,
  LearningGoalDto,
  PlanCourseDto,
} from '../../../../shared/api/college-students.responses';
import { ApiRequestError } from '../../../api-client/api-request-error';
import { useAccountDraft } from '../../../hooks/use-account-draft';
import { ErrorMessage } from '../../../ui/error-message';
import { SelectField } from '../../../ui/fields/select-field';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { useAnnounce } from '../../../ui/live-announcer';
import { useSaveLearningGoal } from '../api/college-students-api';

const MAX_GOAL = 500;

interface GoalDraft {
  text: string;
  courseIds: string[];
  /** The index of the chosen care-plan goal, or '' for none. */
  link: string;
}

const isGoalDraft = (value: unknown): value is GoalDraft =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as GoalDraft).text === 'string' &&
  Array.isArray((value as GoalDraft).courseIds) &&
  typeof (value as GoalDraft).link === 'string';

const linkIndex = (goal: LearningGoalDto | null, options: readonly CarePlanGoalOptionDto[]) => {
  const link = goal?.carePlanLink;
  if (!link) return '';
  const index = options.findIndex((o) => o.sectionKey === link.sectionKey && o.text === link.goal);
  return index < 0 ? '' : String(index);
};

/**
 * Writes a new learning goal or changes one. What is typed is kept in the browser for this account
 * until it is saved; if the goal was changed elsewhere meanwhile, the saved goal is shown and the
 * words typed here stay, to be saved over it on purpose.
 */
export function LearningGoalForm({
  accountId,
  goal,
  courses,
  carePlanGoals,
  onDone,
}: {
  accountId: string;
  goal: LearningGoalDto | null;
  courses: readonly PlanCourseDto[];
  carePlanGoals: readonly CarePlanGoalOptionDto[];
  onDone?: () => void;
}) {
  const stored = useAccountDraft(accountId, `college-goal.${goal?.id ?? 'new'}`, isGoalDraft);
  const initial: GoalDraft = stored.draft ?? {
    text: goal?.text ?? '',
    courseIds: goal?.courses.map((c) => c.courseId) ?? [],
    link: linkIndex(goal, carePlanGoals),
  };
  const [form, setForm] = useState<GoalDraft>(initial);
  const [baseVersion, setBaseVersion] = useState(goal?.version);
  const [saved, setSaved] = useState<{ text: string } | null>(null);
  const save = useSaveLearningGoal();
  const announce = useAnnounce();
  const update = (next: GoalDraft) => {
    setForm(next);
    stored.setDraft(next);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = form.link === '' ? null : carePlanGoals[Number(form.link)];
    save.mutate(
      {
        goalId: goal?.id,
        version: baseVersion,
        body: {
          text: form.text,
          courseIds: form.courseIds,
          carePlanLink: chosen ? { sectionKey: chosen.sectionKey, goal: chosen.text } : null,
        },
      },
      {
        onSuccess: () => {
          stored.clearDraft();
          setSaved(null);
          if (!goal) setForm({ text: '', courseIds: [], link: '' });
          announce(goal ? 'Goal saved.' : 'Goal added to your learning plan.');
          onDone?.();
        },
        onError: (error) => {
          const current =
            error instanceof ApiRequestError
              ? (error.details.current as { text?: string; version?: number } | undefined)
              : undefined;
          if (error instanceof ApiRequestError && error.status === 409 && current?.version) {
            setBaseVersion(current.version);
            setSaved({ text: current.text ?? '' });
          }
        },
      },
    );
  };
  const formId = `goal-${goal?.id ?? 'new'}`;
  return (
    <form className="form" onSubmit={onSubmit} aria-label={goal ? 'Change this goal' : 'Add a learning goal'}>
      {save.isError && <ErrorMessage error={save.error} title="Goal not saved" />}
      {saved && (
        <div className="notice" role="status">
          <p>The goal as it is saved now:</p>
          <blockquote>{saved.text}</blockquote>
          <p>Your words below are kept. Save them to replace it, or change them first.</p>
        </div>
      )}
      <TextAreaField
        label={goal ? 'Your goal' : 'A new goal, in your words'}
        hint="What you want to learn or do, for example: feel confident speaking in a group."
        value={form.text}
        maxLength={MAX_GOAL}
        required
        onChange={(event) => update({ ...form, text: event.target.value })}
      />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Courses for this goal</legend>
        {courses.length === 0 && <p className="field__hint">The courses you join will show here to choose from.</p>}
        {courses.map((course) => (
          <label className="checkbox" key={course.courseId}>
            <input
              type="checkbox"
              name={`${formId}-courses`}
              checked={form.courseIds.includes(course.courseId)}
              onChange={(event) =>
                update({
                  ...form,
                  courseIds: event.target.checked
                    ? [...form.courseIds, course.courseId]
                    : form.courseIds.filter((id) => id !== course.courseId),
                })
              }
            />{' '}
            {course.title} ({course.termName})
          </label>
        ))}
      </fieldset>
      {carePlanGoals.length > 0 && (
        <SelectField
          label="A goal in your care plan this helps with"
          hint="Your care team sees the link only if you share your learning plan with them."
          isOptional
          placeholder="No link to my care plan"
          value={form.link}
          onChange={(event) => update({ ...form, link: event.target.value })}
          options={carePlanGoals.map((option, index) => ({
            value: String(index),
            label: `${option.text} (${option.sectionTitle})`,
          }))}
        />
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {goal ? 'Save goal' : 'Add goal'}
        </button>
        {onDone && (
          <button type="button" className="button button--secondary" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
