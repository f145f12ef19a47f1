import type { ProspectusCourseDto } from '../../../../shared/api/college.responses';
import { formatDateTime } from '../../../ui/format/format-date';

const EXPERIENCE = { peer: 'lived experience', practitioner: 'professional experience' } as const;

/** What the prospectus says of a course: what you learn, who it is for, trainers, sessions, access. */
export function CourseDetails({ course }: { course: ProspectusCourseDto }) {
  const trainers = [
    ...new Map(course.sessions.flatMap((s) => s.trainers).map((trainer) => [trainer.id, trainer])).values(),
  ];
  const end = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return (
    <>
      <p>{course.summary}</p>
      <dl className="course-facts">
        <dt>Who it is for</dt>
        <dd>{course.audience}</dd>
        <dt>Trainers</dt>
        <dd>
          {trainers.length === 0
            ? 'To be announced'
            : trainers.map((t) => `${t.firstName} (${EXPERIENCE[t.experience]})`).join(', ')}
        </dd>
        {course.accessibility && (
          <>
            <dt>Access</dt>
            <dd>{course.accessibility}</dd>
          </>
        )}
      </dl>
      <h3 className="course-sessions__title">
        {course.sessions.length === 1 ? 'One session' : `${course.sessions.length} sessions`}
      </h3>
      <ul className="course-sessions">
        {course.sessions.map((session) => (
          <li key={session.id}>
            <span>
              {formatDateTime(session.startsAt)} to {end(session.endsAt)}
            </span>
            , {session.isOnline ? `online (${session.place})` : session.place}
          </li>
        ))}
      </ul>
    </>
  );
}

/** "3 places left", "Full: join the waiting list". */
export function placesText(placesLeft: number): string {
  if (placesLeft === 0) return 'Full: you can join the waiting list';
  return placesLeft === 1 ? '1 place left' : `${placesLeft} places left`;
}
