import { Link, useParams } from 'react-router';
import { CARE_TEAM_ROLE_LABELS, JOINT_MEETING_LABELS } from '../../../../shared/api/labels';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { formatDate } from '../../../ui/format/format-date';
import { LoadingMessage } from '../../../ui/loading-message';
import { useWorkerHandovers } from '../api/use-handovers';

/** Everyone a worker supports, with each one's handover: so no one is silently reassigned when they leave. */
export function WorkerHandoversPage() {
  const { workerId = '' } = useParams();
  const list = useWorkerHandovers(workerId);
  usePageTitle(list.data ? `Handovers: ${list.data.workerName}` : 'Handovers');
  const people = list.data?.people ?? [];
  const coordinated = people.filter((p) => p.role === 'care_coordinator');
  const waiting = coordinated.filter((p) => !p.handover).length;
  return (
    <>
      <h1>{list.data ? `Handovers: ${list.data.workerName}` : 'Handovers'}</h1>
      {list.isPending && <LoadingMessage what="the people and their handovers" />}
      {list.isError && <ErrorMessage error={list.error} />}
      {list.data && (
        <>
          <p className="lead">
            {list.data.leftOn ? `Leaves the service on ${formatDate(list.data.leftOn)}. ` : ''}
            Care coordinator for {coordinated.length} {coordinated.length === 1 ? 'person' : 'people'}:{' '}
            {waiting === 0 ? 'every one has a handover planned.' : `${waiting} without a handover planned yet.`}
          </p>
          {people.length === 0 ? (
            <p className="empty-state">Nobody is in this worker’s caseload.</p>
          ) : (
            <>
              <table className="table stacked-table">
                <caption className="visually-hidden">People and the state of each one’s handover</caption>
                <thead>
                  <tr>
                    <th scope="col">Person</th>
                    <th scope="col">Role</th>
                    <th scope="col">Handover</th>
                    <th scope="col">Joint meeting</th>
                    <th scope="col">Their words added</th>
                  </tr>
                </thead>
                <tbody>
                  {people.map((row) => (
                    <tr key={`${row.personId}-${row.role}`}>
                      <th scope="row" className="stacked-table__title">
                        <Link to={`/people/${encodeURIComponent(row.personId)}#handovers-heading`}>{row.name}</Link>
                      </th>
                      <td data-label="Role">{CARE_TEAM_ROLE_LABELS[row.role]}</td>
                      <td data-label="Handover">
                        {row.handover
                          ? `To ${row.handover.toWorkerName} on ${formatDate(row.handover.handoverOn)}`
                          : row.role === 'care_coordinator'
                            ? 'Not planned yet'
                            : 'Not needed: end the membership'}
                      </td>
                      <td data-label="Joint meeting">
                        {row.handover ? JOINT_MEETING_LABELS[row.handover.jointMeeting] : '–'}
                      </td>
                      <td data-label="Their words added">
                        {row.handover ? (row.handover.personNote ? 'Yes' : 'Not yet') : '–'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </>
  );
}
