import '../college.css';
import { useState } from 'react';
import { Link } from 'react-router';
import type { EnrolmentDto, MyCoursesResponse } from '../../../../shared/api/college.responses';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ConfirmQuestion } from '../../../ui/confirm-question';
import { ErrorMessage } from '../../../ui/error-message';
import { formatDateTime } from '../../../ui/format/format-date';
import { LoadingMessage } from '../../../ui/loading-message';
import { useChangeEnrolment } from '../api/college-mutations';
import { useCollegeMe, useMyCourses } from '../api/college-queries';
import { CourseDetails } from '../components/course-details';
import { AttendedCourses } from '../components/attended-courses';

const STATUS_TEXT: Record<EnrolmentDto['status'], string> = {
  enrolled: 'You have a place',
  waiting: 'You are on the waiting list',
  offered: 'A place is offered to you',
  cancelled: 'You gave up this place',
  lapsed: 'The offered place passed on',
};

/** A student's own courses: places, waiting lists, offers to answer, and giving a place up. */
export function MyCoursesPage() {
  usePageTitle('Your courses');
  const me = useCollegeMe(true);
  const isStudent = Boolean(me.data?.student);
  const mine = useMyCourses(isStudent);
  return (
    <>
      <h1>Your courses</h1>
      {me.isPending && <LoadingMessage what="your courses" />}
      {me.isError && <ErrorMessage error={me.error} />}
      {me.data && !isStudent && (
        <p>
          You are not a student of the Recovery College yet. <Link to="/college/join">Join the college</Link> to enrol
          on courses.
        </p>
      )}
      {mine.isError && <ErrorMessage error={mine.error} />}
      {mine.data && <Enrolments data={mine.data} />}
      {mine.data && <AttendedCourses />}
    </>
  );
}

function Enrolments({ data }: { data: MyCoursesResponse }) {
  const live = data.enrolments.filter((e) => ['enrolled', 'waiting', 'offered'].includes(e.enrolment.status));
  const past = data.enrolments.filter((e) => !live.includes(e));
  return (
    <>
      <p className="lead">
        Welcome, {data.student.name}. <Link to="/college">Find more courses in the prospectus</Link>.
      </p>
      {live.length === 0 && <p className="empty-state">You have no courses at the moment.</p>}
      <ul className="card-list">
        {live.map(({ enrolment, course }) => (
          <li key={enrolment.id} className="card">
            <article aria-labelledby={`enrolment-${enrolment.id}`}>
              <h2 className="card__title" id={`enrolment-${enrolment.id}`}>
                {course.title}
              </h2>
              <p>
                <strong>{STATUS_TEXT[enrolment.status]}</strong>
                {enrolment.status === 'offered' && enrolment.offerExpiresAt && (
                  <>: it is held for you until {formatDateTime(enrolment.offerExpiresAt)}.</>
                )}
              </p>
              <EnrolmentActions enrolment={enrolment} title={course.title} />
              <CourseDetails course={course} />
            </article>
          </li>
        ))}
      </ul>
      {past.length > 0 && (
        <>
          <h2>Earlier</h2>
          <ul>
            {past.map(({ enrolment, course }) => (
              <li key={enrolment.id}>
                {course.title}: {STATUS_TEXT[enrolment.status].toLowerCase()}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function EnrolmentActions({ enrolment, title }: { enrolment: EnrolmentDto; title: string }) {
  const change = useChangeEnrolment();
  const act = (kind: 'cancel' | 'accept_offer' | 'decline_offer') =>
    change.mutate({ enrolmentId: enrolment.id, change: kind });
  const hidden = <span className="visually-hidden"> for {title}</span>;
  // A place or a turn on the waiting list cannot be had back: one stray tap on a phone must not lose it.
  const [asking, setAsking] = useState(false);
  const giveUp = enrolment.status === 'waiting' ? 'Leave the waiting list' : 'Give up my place';
  return (
    <div className="button-row">
      {enrolment.status === 'offered' && (
        <>
          <button type="button" className="button" disabled={change.isPending} onClick={() => act('accept_offer')}>
            Accept the place{hidden}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={change.isPending}
            onClick={() => act('decline_offer')}
          >
            Let it go{hidden}
          </button>
        </>
      )}
      {enrolment.status !== 'offered' && !asking && (
        <button
          type="button"
          className="button button--secondary"
          disabled={change.isPending}
          onClick={() => setAsking(true)}
        >
          {giveUp}
          {hidden}
        </button>
      )}
      {asking && (
        <ConfirmQuestion
          label={`${giveUp} for ${title}?`}
          confirmText="Yes, give it up"
          keepText="Keep it"
          isPending={change.isPending}
          onConfirm={() => act('cancel')}
          onKeep={() => setAsking(false)}
        >
          {giveUp} for {title}? Someone else may then be offered it, and it cannot be had back.
        </ConfirmQuestion>
      )}
      {change.isError && <ErrorMessage error={change.error} />}
    </div>
  );
}
