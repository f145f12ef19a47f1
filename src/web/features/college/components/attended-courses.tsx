import { useState, type FormEvent } from 'react';
import type { AttendedCourseDto } from '../../../../shared/api/college-students.responses';
import { ErrorMessage } from '../../../ui/error-message';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { useAnnounce } from '../../../ui/live-announcer';
import { LoadingMessage } from '../../../ui/loading-message';
import { certificateHref, useAttendedCourses, useGiveCourseFeedback } from '../api/college-students-api';

/** The student's attendance per course, the certificate for each course attended, and feedback on it. */
export function AttendedCourses() {
  const attended = useAttendedCourses();
  const courses = attended.data?.courses.filter((c) => c.attended > 0) ?? [];
  return (
    <section aria-labelledby="attended-heading">
      <h2 id="attended-heading">Courses you attended</h2>
      {attended.isPending && <LoadingMessage what="your attendance" />}
      {attended.isError && <ErrorMessage error={attended.error} />}
      {attended.data && courses.length === 0 && (
        <p className="empty-state">Once a trainer marks you present at a session, the course shows here.</p>
      )}
      <ul className="card-list">
        {courses.map((course) => (
          <li key={course.courseId} className="card">
            <AttendedCourse course={course} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function AttendedCourse({ course }: { course: AttendedCourseDto }) {
  const headingId = `attended-${course.courseId}`;
  return (
    <article aria-labelledby={headingId}>
      <h3 className="card__title" id={headingId}>
        {course.title}
      </h3>
      <p>
        {course.termName}. You were present at {course.attended} of {course.sessions} session
        {course.sessions === 1 ? '' : 's'}.
      </p>
      {course.hasAttended ? (
        <p>
          <a className="button button--secondary" href={certificateHref(course.courseId)} download>
            Download your certificate of attendance<span className="visually-hidden"> for {course.title}</span> (PDF)
          </a>
        </p>
      ) : (
        <p>The certificate is for attending at least half of the sessions.</p>
      )}
      {course.hasAttended && !course.hasGivenFeedback && <FeedbackForm course={course} />}
      {course.hasGivenFeedback && <p>Thank you for your feedback on this course.</p>}
    </article>
  );
}

const RATINGS = [1, 2, 3, 4, 5] as const;
const RATING_WORDS: Record<(typeof RATINGS)[number], string> = {
  1: '1, not helpful',
  2: '2',
  3: '3',
  4: '4',
  5: '5, very helpful',
};

function FeedbackForm({ course }: { course: AttendedCourseDto }) {
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [isAnonymous, setAnonymous] = useState(true);
  const give = useGiveCourseFeedback(course.courseId);
  const announce = useAnnounce();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (rating === null) return;
    give.mutate({ rating, comment, isAnonymous }, { onSuccess: () => announce('Thank you: your feedback was sent.') });
  };
  return (
    <form className="form" onSubmit={onSubmit} aria-label={`Feedback on ${course.title}`}>
      {give.isError && <ErrorMessage error={give.error} title="Feedback not sent" />}
      <fieldset className="fieldset">
        <legend className="fieldset__legend">How helpful was this course?</legend>
        <div className="button-row">
          {RATINGS.map((value) => (
            <label className="checkbox" key={value}>
              <input
                type="radio"
                name={`rating-${course.courseId}`}
                value={value}
                checked={rating === value}
                required
                onChange={() => setRating(value)}
              />{' '}
              {RATING_WORDS[value]}
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        label="What would you tell the trainers?"
        isOptional
        maxLength={1000}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <label className="checkbox">
        <input type="checkbox" checked={isAnonymous} onChange={(event) => setAnonymous(event.target.checked)} /> Do not
        show my name to the trainers
      </label>
      <p className="field__hint">
        Without your name, the trainers see your words only together with at least two other students’ answers.
      </p>
      <button type="submit" className="button" disabled={give.isPending || rating === null}>
        Send feedback
      </button>
    </form>
  );
}
