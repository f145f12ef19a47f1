import '../college.css';
import { Link, useSearchParams } from 'react-router';
import { STUDENT_KIND_LABELS } from '../../../../shared/api/college.responses';
import { hasStatus } from '../../../api-client/api-request-error';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ChartStackedBars } from '../../../ui/charts/chart-stacked-bars';
import { ErrorMessage } from '../../../ui/error-message';
import { SelectField } from '../../../ui/fields/select-field';
import { ForbiddenNotice } from '../../../ui/forbidden-notice';
import { LoadingMessage } from '../../../ui/loading-message';
import { SimpleTable } from '../../../ui/simple-table';
import { useCollegeFigures } from '../api/college-admin-queries';

const share = (value: number | null): string => (value === null ? '–' : `${Math.round(value * 100)}%`);
const count = (value: number) => String(value);

/**
 * The college's figures, on the continuity dashboard's pattern: a filter, charts each with the same
 * figures as a table, and a CSV download. Counts only; no student is named.
 */
export function CollegeFiguresPage() {
  usePageTitle('College figures');
  const [search, setSearch] = useSearchParams();
  const termId = search.get('termId') ?? '';
  const figures = useCollegeFigures(termId);
  if (hasStatus(figures.error, 403))
    return <ForbiddenNotice message="Only managers, administrators and the college’s leads see its figures." />;
  const data = figures.data;
  return (
    <>
      <h1>Recovery College figures</h1>
      <form className="card college-filters" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label="Term"
          name="termId"
          value={termId}
          onChange={(event) => setSearch(event.target.value ? { termId: event.target.value } : {})}
          placeholder="All terms"
          options={(data?.terms ?? []).map((term) => ({ value: term.id, label: term.name }))}
        />
        <a
          className="button button--secondary"
          href={`/api/v1/college/figures.csv${termId ? `?termId=${termId}` : ''}`}
          download
        >
          Download the course figures (CSV)
        </a>
      </form>
      {figures.isPending && <LoadingMessage what="the college’s figures" />}
      {figures.isError && <ErrorMessage error={figures.error} />}
      {data && (
        <>
          <ul className="college-totals" aria-label="The college at a glance">
            <li>
              <span className="college-totals__value">{data.totals.enrolled}</span> enrolments
            </li>
            <li>
              <span className="college-totals__value">{share(data.totals.attendance)}</span> attendance
            </li>
            <li>
              <span className="college-totals__value">{share(data.totals.completion)}</span> completion
            </li>
            <li>
              <span className="college-totals__value">{share(data.sessions.share)}</span> of sessions co-delivered
            </li>
          </ul>

          <section aria-labelledby="figures-co-delivery">
            <h2 id="figures-co-delivery">Sessions co-delivered</h2>
            <p>
              Of the {data.sessions.delivered} sessions marked as delivered, {data.sessions.coDelivered} were delivered
              by a peer trainer and a practitioner trainer together.
              {data.sessions.notMarked > 0 &&
                ` ${data.sessions.notMarked} past ${data.sessions.notMarked === 1 ? 'session is' : 'sessions are'} not marked yet.`}
            </p>
            <ChartStackedBars
              caption="Sessions delivered, by who delivered them"
              series={[
                { key: 'both', label: 'Peer and practitioner together', tone: 'good' },
                { key: 'one', label: 'Not together', tone: 'warning' },
              ]}
              rows={[
                {
                  key: 'sessions',
                  label: 'Sessions',
                  values: [data.sessions.coDelivered, data.sessions.delivered - data.sessions.coDelivered],
                },
              ]}
              format={count}
            />
          </section>

          <section aria-labelledby="figures-students">
            <h2 id="figures-students">Who the students are</h2>
            <ChartStackedBars
              caption="Students enrolled, by how they describe themselves"
              series={data.students.map((s, i) => ({
                key: s.kind,
                label: STUDENT_KIND_LABELS[s.kind],
                tone: (['primary', 'good', 'warning', 'light'] as const)[i] ?? 'light',
              }))}
              rows={[{ key: 'students', label: 'Students', values: data.students.map((s) => s.students) }]}
              format={count}
              asShares
            />
          </section>

          <section aria-labelledby="figures-courses">
            <h2 id="figures-courses">Enrolment, attendance and completion by course</h2>
            <p className="muted">
              Attendance counts the sessions whose register was marked. Completion (coming to at least two thirds of the
              sessions) is shown once every session of a course is marked.
            </p>
            <ChartStackedBars
              caption="Students enrolled on each course, by completion"
              series={[
                { key: 'completed', label: 'Completed', tone: 'good' },
                { key: 'not', label: 'Did not complete', tone: 'warning' },
                { key: 'running', label: 'Course still running', tone: 'light' },
              ]}
              rows={data.courses.map((c) => ({
                key: c.courseId,
                label: c.courseTitle,
                values: c.completed === null ? [0, 0, c.enrolled] : [c.completed, c.enrolled - c.completed, 0],
              }))}
              format={count}
            />
            <SimpleTable
              caption="Course figures"
              rows={data.courses}
              rowKey={(c) => c.courseId}
              filter={{ label: 'Find a course', text: (c) => `${c.courseTitle} ${c.termName}` }}
              columns={[
                { header: 'Course', cell: (c) => c.courseTitle },
                { header: 'Term', cell: (c) => c.termName },
                { header: 'Enrolled', cell: (c) => String(c.enrolled) },
                { header: 'Sessions marked', cell: (c) => `${c.sessionsMarked} of ${c.sessionsPlanned}` },
                { header: 'Attendance', cell: (c) => share(c.attendance) },
                { header: 'Completion', cell: (c) => share(c.completion) },
              ]}
              emptyText="No published courses in this term."
            />
          </section>

          <section aria-labelledby="college-feedback-heading">
            <h2 id="college-feedback-heading">Students’ feedback</h2>
            <p>
              How helpful students found each course, from 1 (not at all) to 5 (very). The mean is of whole groups of
              three answers, so no one answer can be picked out; it shows once three students have answered.
            </p>
            <SimpleTable
              caption="Students’ feedback by course"
              rows={data.courses.map((c) => ({
                course: c,
                feedback: data.feedback.find((f) => f.courseId === c.courseId),
              }))}
              rowKey={(row) => row.course.courseId}
              columns={[
                { header: 'Course', cell: (row) => row.course.courseTitle },
                { header: 'Term', cell: (row) => row.course.termName },
                { header: 'Answers', cell: (row) => String(row.feedback?.responses ?? 0) },
                {
                  header: 'Mean (1–5)',
                  cell: (row) =>
                    row.feedback?.meanRating == null ? 'Fewer than three answers' : row.feedback.meanRating.toFixed(1),
                },
              ]}
              emptyText="No published courses in this term."
            />
          </section>

          <p>
            <Link to="/college/manage">Run the college</Link>
          </p>
        </>
      )}
    </>
  );
}
