import { JOB_END_REASON_LABELS, JOB_KIND_LABELS } from '../../../../shared/api/ips-labels';
import type { JobDto } from '../../../../shared/api/ips.responses';

/** Jobs and courses, newest first, with hours, pay and whether the job is competitive. */
export function JobList({ jobs }: { jobs: JobDto[] }) {
  if (jobs.length === 0) return <p>No jobs or courses recorded yet.</p>;
  return (
    <ul className="ips-list">
      {jobs.map((job) => (
        <li key={job.id}>
          <strong>{job.title}</strong>, {job.employerName} ({JOB_KIND_LABELS[job.kind]}
          {job.isCompetitive ? ', competitive' : ''})
          <br />
          From {job.startsOn}
          {job.endsOn ? ` to ${job.endsOn}` : ', going on'}
          {job.hoursPerWeek !== null ? `, ${job.hoursPerWeek} hours a week` : ''}
          {job.hourlyPay !== null ? `, £${job.hourlyPay.toFixed(2)} an hour` : ''}
          {job.endReason ? `. Ended: ${JOB_END_REASON_LABELS[job.endReason]}` : ''}
        </li>
      ))}
    </ul>
  );
}
