import '../college.css';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ProspectusCourseDto } from '../../../../shared/api/college.responses';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { SelectField } from '../../../ui/fields/select-field';
import { TextField } from '../../../ui/fields/text-field';
import { LoadingMessage } from '../../../ui/loading-message';
import { useSession } from '../../session/api/use-session';
import { useEnrol } from '../api/college-mutations';
import { useCollegeMe, useProspectus } from '../api/college-queries';
import { CourseDetails, placesText } from '../components/course-details';

const FILTERS = ['q', 'termId', 'format', 'hasPlaces'] as const;

/** The Recovery College's public prospectus: anyone can read it, search it and filter it, signed in or not. */
export function ProspectusPage() {
  usePageTitle('Recovery College prospectus');
  const [params, setParams] = useSearchParams();
  const search = new URLSearchParams(FILTERS.flatMap((name) => (params.get(name) ? [[name, params.get(name)!]] : [])));
  const prospectus = useProspectus(search.toString());
  const session = useSession();
  const me = useCollegeMe(Boolean(session.data));
  const isStudent = Boolean(me.data?.student);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of FILTERS) {
      const value = String(form.get(name) ?? '').trim();
      if (value) next.set(name, value);
    }
    setParams(next);
  };
  const count = prospectus.data?.courses.length ?? 0;

  return (
    <>
      <h1>Recovery College prospectus</h1>
      <p className="lead">
        Courses about recovery and wellbeing, written and taught together by people with lived experience and people
        with professional experience. Open to everyone: no referral needed.
      </p>
      {!session.data && (
        <p>
          <Link to="/college/join">Sign up as a student</Link> to enrol, or <Link to="/sign-in">sign in</Link> if you
          already have an account.
        </p>
      )}
      {session.data && !isStudent && me.isSuccess && (
        <p>
          <Link to="/college/join">Join the college as a student</Link> to enrol on a course.
        </p>
      )}
      {me.data?.trainer && (
        <p>
          <Link to="/college/trainer">Your sessions and registers</Link> ·{' '}
          <Link to="/college/feedback">Course feedback</Link>
          {me.data.trainer.isLead && (
            <>
              {' · '}
              <Link to="/college/manage">Run the college</Link>
            </>
          )}
        </p>
      )}
      {isStudent && (
        <p>
          <Link to="/college/my-courses">Your courses</Link> ·{' '}
          <Link to="/college/learning-plan">Your learning plan</Link>
        </p>
      )}
      <form className="form card college-filters" onSubmit={onSubmit} role="search" aria-label="Find a course">
        <TextField label="Search courses" name="q" type="search" defaultValue={params.get('q') ?? ''} />
        <SelectField
          label="Term"
          name="termId"
          placeholder="All terms"
          defaultValue={params.get('termId') ?? ''}
          options={(prospectus.data?.terms ?? []).map((term) => ({ value: term.id, label: term.name }))}
        />
        <SelectField
          label="How it is taught"
          name="format"
          placeholder="In person or online"
          defaultValue={params.get('format') ?? ''}
          options={[
            { value: 'in_person', label: 'In person' },
            { value: 'online', label: 'Online' },
          ]}
        />
        <label className="checkbox">
          <input type="checkbox" name="hasPlaces" value="true" defaultChecked={params.get('hasPlaces') === 'true'} />{' '}
          Only courses with places free
        </label>
        <button type="submit" className="button">
          Find courses
        </button>
      </form>
      {prospectus.isPending && <LoadingMessage what="the courses" />}
      {prospectus.isError && <ErrorMessage error={prospectus.error} />}
      {prospectus.data && (
        <p role="status" className="muted">
          {count === 0 ? 'No courses match.' : count === 1 ? '1 course' : `${count} courses`}
        </p>
      )}
      <ul className="card-list">
        {prospectus.data?.courses.map((course) => (
          <li key={course.id} className="card">
            <CourseCard course={course} canEnrol={isStudent} />
          </li>
        ))}
      </ul>
    </>
  );
}

function CourseCard({ course, canEnrol }: { course: ProspectusCourseDto; canEnrol: boolean }) {
  const enrol = useEnrol();
  const [outcome, setOutcome] = useState<string | null>(null);
  const headingId = `course-${course.id}`;
  const lastStart = course.sessions.at(-1)?.startsAt;
  const isOver = lastStart !== undefined && Date.parse(lastStart) <= Date.now();
  return (
    <article aria-labelledby={headingId}>
      <h2 className="card__title" id={headingId}>
        {course.title}
      </h2>
      <p className="muted">
        {course.termName} · <strong>{isOver ? 'This course has finished' : placesText(course.placesLeft)}</strong>
      </p>
      <CourseDetails course={course} />
      {canEnrol && !isOver && !outcome && (
        <button
          type="button"
          className="button"
          disabled={enrol.isPending}
          onClick={() =>
            enrol.mutate(course.id, {
              onSuccess: (enrolment) =>
                setOutcome(
                  enrolment.status === 'enrolled'
                    ? 'You have a place on this course.'
                    : 'The course is full, so you are on the waiting list. We will email you if a place comes free.',
                ),
            })
          }
        >
          {course.placesLeft > 0 ? 'Enrol' : 'Join the waiting list'}
          <span className="visually-hidden"> for {course.title}</span>
        </button>
      )}
      {outcome && (
        <p className="notice notice--success" role="status">
          {outcome} <Link to="/college/my-courses">See your courses</Link>
        </p>
      )}
      {enrol.isError && <ErrorMessage error={enrol.error} title="You could not enrol" />}
    </article>
  );
}
