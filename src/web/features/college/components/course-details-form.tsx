import { useState, type FormEvent } from 'react';
import type { CollegeCourseDto } from '../../../../shared/api/college.responses';
import { COLLEGE_LIMITS } from '../../../../shared/api/college-admin.schema';
import { hasStatus, isApiRequestError } from '../../../api-client/api-request-error';
import { useFormResult } from '../../../hooks/use-form-result';
import { formRequired, formText } from '../../../ui/fields/form-values';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { TextField } from '../../../ui/fields/text-field';
import { FormFeedback } from '../../../ui/form-feedback';
import { useCollegeChange } from '../api/college-admin-mutations';

type CourseWords = Pick<
  CollegeCourseDto,
  'title' | 'summary' | 'audience' | 'accessibility' | 'designedBy' | 'capacity'
>;

/**
 * A course's words and places. The form keeps the version it started from: if someone else saved
 * first, the server says so (409), this form keeps what was typed, and their version is shown beside
 * it to start again from.
 */
export function CourseDetailsForm({ course }: { course: CollegeCourseDto }) {
  const [base, setBase] = useState<{ version: number; words: CourseWords }>({ version: course.version, words: course });
  const [formKey, setFormKey] = useState(0);
  const change = useCollegeChange<CourseWords & { version: number }, { version: number }>(
    'PUT',
    `/college/courses/${course.id}`,
  );
  const result = useFormResult();
  const current =
    hasStatus(change.error, 409) && isApiRequestError(change.error)
      ? (change.error.details.current as (CourseWords & { version: number }) | undefined)
      : undefined;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    result.reset();
    const form = new FormData(event.currentTarget);
    const words: CourseWords = {
      title: formRequired(form, 'title'),
      summary: formRequired(form, 'summary'),
      audience: formRequired(form, 'audience'),
      accessibility: formText(form, 'accessibility') ?? '',
      designedBy: formRequired(form, 'designedBy'),
      capacity: Number(formRequired(form, 'capacity') || Number.NaN),
    };
    change.mutate(
      { ...words, version: base.version },
      {
        onSuccess: (saved) => {
          setBase({ version: saved.version, words });
          result.succeeded('The course was saved.');
        },
      },
    );
  };

  const startFromTheirs = () => {
    if (!current) return;
    setBase({ version: current.version, words: current });
    setFormKey((n) => n + 1);
    change.reset();
  };

  return (
    <form key={formKey} className="form card" onSubmit={onSubmit}>
      <h2 className="card__title">About the course</h2>
      <FormFeedback error={change.error} success={result.success} ref={result.feedbackRef} />
      {current && (
        <div className="notice">
          <p className="notice__title">Their version</p>
          <p>
            <strong>{current.title}</strong>: {current.summary}
          </p>
          <p>Who it is for: {current.audience}</p>
          <p>Who designed it: {current.designedBy}</p>
          <p>Places: {current.capacity}</p>
          <button type="button" className="button button--secondary" onClick={startFromTheirs}>
            Start again from their version
          </button>
        </div>
      )}
      <TextField
        label="Title"
        name="title"
        required
        defaultValue={base.words.title}
        maxLength={COLLEGE_LIMITS.maxTitleLength}
      />
      <TextAreaField
        label="What you will learn"
        name="summary"
        required
        defaultValue={base.words.summary}
        maxLength={COLLEGE_LIMITS.maxTextLength}
        rows={3}
      />
      <TextAreaField
        label="Who it is for"
        name="audience"
        required
        defaultValue={base.words.audience}
        maxLength={COLLEGE_LIMITS.maxTextLength}
        rows={2}
      />
      <TextAreaField
        label="Who designed it"
        name="designedBy"
        required
        defaultValue={base.words.designedBy}
        maxLength={COLLEGE_LIMITS.maxTextLength}
        rows={2}
      />
      <TextAreaField
        label="Accessibility"
        name="accessibility"
        isOptional
        defaultValue={base.words.accessibility}
        maxLength={COLLEGE_LIMITS.maxTextLength}
        rows={2}
      />
      <TextField
        label="Places"
        name="capacity"
        type="number"
        inputMode="numeric"
        min={1}
        max={COLLEGE_LIMITS.maxCapacity}
        required
        defaultValue={base.words.capacity}
      />
      <button type="submit" className="button" disabled={change.isPending}>
        {change.isPending ? 'Saving…' : 'Save the course'}
      </button>
    </form>
  );
}
