import '../college.css';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { formatDate } from '../../../ui/format/format-date';
import { LoadingMessage } from '../../../ui/loading-message';
import { useCourseFeedback, useFeedbackCourses } from '../api/college-students-api';

/** The courses whose feedback a trainer (their own) or an administrator (all) may read. */
export function CourseFeedbackListPage() {
  usePageTitle('Course feedback');
  const courses = useFeedbackCourses();
  return (
    <>
      <h1>Course feedback</h1>
      <p className="lead">What students said of the courses. Answers given without a name show only in threes.</p>
      {courses.isPending && <LoadingMessage what="the courses" />}
      {courses.isError && <ErrorMessage error={courses.error} />}
      {courses.data?.courses.length === 0 && <p className="empty-state">There are no courses to show.</p>}
      <ul className="card-list card-list--compact">
        {courses.data?.courses.map((course) => (
          <li key={course.courseId} className="card">
            <h2 className="card__title">{course.title}</h2>
            <p>
              {course.termName}. {course.responses} answer{course.responses === 1 ? '' : 's'}.
            </p>
            <Link to={`/college/feedback/${course.courseId}`}>
              Read the feedback<span className="visually-hidden"> on {course.title}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/** What students said of one course: named answers, and anonymous ones only in whole blocks of three. */
export function CourseFeedbackPage() {
  const { courseId = '' } = useParams();
  const feedback = useCourseFeedback(courseId);
  usePageTitle(feedback.data ? `Feedback on ${feedback.data.title}` : 'Course feedback');
  const data = feedback.data;
  return (
    <>
      <p>
        <Link to="/college/feedback">All course feedback</Link>
      </p>
      <h1>{data ? `Feedback on ${data.title}` : 'Course feedback'}</h1>
      {feedback.isPending && <LoadingMessage what="the feedback" />}
      {feedback.isError && <ErrorMessage error={feedback.error} />}
      {data && (
        <>
          <p className="lead">{data.termName}. Ratings are from 1 (not helpful) to 5 (very helpful).</p>
          <section aria-labelledby="named-heading">
            <h2 id="named-heading">With the student’s name</h2>
            {data.named.length === 0 && <p className="empty-state">No student has given feedback with their name.</p>}
            <ul className="card-list card-list--compact">
              {data.named.map((answer, index) => (
                <li key={index} className="card">
                  <p>
                    <strong>{answer.studentName}</strong>, {formatDate(answer.givenAt)}: rated {answer.rating} of 5
                  </p>
                  {answer.comment && <p className="feedback-comment">{answer.comment}</p>}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="anonymous-heading">
            <h2 id="anonymous-heading">Without a name</h2>
            {data.anonymousMean && (
              <p>
                Average rating {data.anonymousMean.mean} of 5, over {data.anonymousMean.count} answers.
              </p>
            )}
            {data.anonymousWaiting > 0 && (
              <p>
                {data.anonymousWaiting} more answer{data.anonymousWaiting === 1 ? ' is' : 's are'} held back until there
                are three, so no one can be told apart.
              </p>
            )}
            {data.anonymous.length === 0 && data.anonymousWaiting === 0 && (
              <p className="empty-state">No student has given feedback without their name.</p>
            )}
            <ul className="card-list card-list--compact">
              {data.anonymous.map((answer, index) => (
                <li key={index} className="card">
                  <p>Rated {answer.rating} of 5</p>
                  {answer.comment && <p className="feedback-comment">{answer.comment}</p>}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
