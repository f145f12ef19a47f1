import '../college.css';
import { Link, useParams } from 'react-router';
import { TRAINER_EXPERIENCE_LABELS } from '../../../../shared/api/college.responses';
import { hasStatus } from '../../../api-client/api-request-error';
import { useFormResult } from '../../../hooks/use-form-result';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { ForbiddenNotice } from '../../../ui/forbidden-notice';
import { formatDateTime } from '../../../ui/format/format-date';
import { LoadingMessage } from '../../../ui/loading-message';
import { useCollegeChange } from '../api/college-admin-mutations';
import { useCollegeRooms, useCollegeSetup } from '../api/college-admin-queries';
import { AddSessionForm } from '../components/add-session-form';
import { CourseDetailsForm } from '../components/course-details-form';
import { DesignNotesSection } from '../components/design-notes-section';
import { SessionTrainersForm } from '../components/session-trainers-form';

/** One course as the college runs it: its words, sessions and trainers, publishing, and how it was designed. */
export function CollegeCoursePage() {
  const { courseId = '' } = useParams();
  const setup = useCollegeSetup();
  const rooms = useCollegeRooms();
  const publish = useCollegeChange<undefined>('POST', `/college/courses/${courseId}/publish`);
  const published = useFormResult();
  const course = setup.data?.courses.find((c) => c.id === courseId);
  usePageTitle(course ? `Course: ${course.title}` : 'Course');
  if (hasStatus(setup.error, 403))
    return <ForbiddenNotice message="Only the college’s leads and administrators run the college." />;
  if (setup.isPending) return <LoadingMessage what="the course" />;
  if (setup.isError) return <ErrorMessage error={setup.error} />;
  if (!course)
    return (
      <>
        <h1>Course not found</h1>
        <p>
          There is no course at this address. <Link to="/college/manage">Back to the college</Link>
        </p>
      </>
    );

  return (
    <>
      <p>
        <Link to="/college/manage">The college</Link>
      </p>
      <h1>{course.title}</h1>
      <p className="lead">
        {course.termName}.{' '}
        {course.status === 'published' ? 'Published on the prospectus.' : 'A draft: not on the prospectus yet.'}
      </p>
      {course.status === 'draft' && (
        <div className="card">
          <h2 className="card__title">Publish</h2>
          <p>
            A course is published once it says who designed it and every session has a peer trainer and a practitioner
            trainer.
          </p>
          {publish.isError && <ErrorMessage error={publish.error} title="This course cannot be published yet" />}
          <button
            type="button"
            className="button"
            disabled={publish.isPending}
            onClick={() =>
              publish.mutate(undefined, { onSuccess: () => published.succeeded('The course is on the prospectus.') })
            }
          >
            {publish.isPending ? 'Publishing…' : 'Publish the course'}
          </button>
        </div>
      )}
      {published.success && (
        <p className="notice notice--success" ref={published.feedbackRef} tabIndex={-1}>
          {published.success}
        </p>
      )}

      <section aria-labelledby="course-sessions">
        <h2 id="course-sessions">Sessions</h2>
        {course.sessions.length === 0 ? (
          <p className="empty-state">No sessions yet.</p>
        ) : (
          <ul className="card-list card-list--compact">
            {course.sessions.map((session) => {
              const kinds = new Set(session.trainers.map((t) => t.experience));
              return (
                <li key={session.id} className="card">
                  <h3 className="card__title">{formatDateTime(session.startsAt)}</h3>
                  <p>{session.isOnline ? `Online: ${session.place}` : session.place}</p>
                  <p>
                    Trainers:{' '}
                    {session.trainers.length === 0
                      ? 'none yet'
                      : session.trainers
                          .map((t) => `${t.firstName} (${TRAINER_EXPERIENCE_LABELS[t.experience].toLowerCase()})`)
                          .join(', ')}
                  </p>
                  {(!kinds.has('peer') || !kinds.has('practitioner')) && (
                    <p className="notice notice--warning">
                      {!kinds.has('peer') ? 'No peer trainer yet.' : 'No practitioner trainer yet.'}
                    </p>
                  )}
                  <SessionTrainersForm
                    sessionId={session.id}
                    sessionLabel={formatDateTime(session.startsAt)}
                    planned={session.trainers.map((t) => t.id)}
                    trainers={setup.data.trainers}
                  />
                  <Link to={`/college/sessions/${session.id}/register`}>
                    Register
                    <span className="visually-hidden"> for the session on {formatDateTime(session.startsAt)}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
        <AddSessionForm courseId={course.id} rooms={rooms.data?.rooms ?? []} trainers={setup.data.trainers} />
      </section>

      <section aria-labelledby="course-about">
        <h2 id="course-about" className="visually-hidden">
          About the course
        </h2>
        <CourseDetailsForm key={course.id} course={course} />
      </section>

      <DesignNotesSection courseId={course.id} />
    </>
  );
}
