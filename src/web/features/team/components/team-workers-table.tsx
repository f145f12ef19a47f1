import type { TeamResponse } from '../../../../shared/api/people.responses';
import { Badge } from '../../../ui/badge';

/** The team's workers, their profession and how many people each coordinates or supports. */
export function TeamWorkersTable({ workers }: { workers: TeamResponse['workers'] }) {
  if (workers.length === 0) return <p className="empty-state">There are no workers in this team yet.</p>;
  return (
    <table className="table stacked-table">
      <caption>Workers in the team</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Profession</th>
          <th scope="col">Caseload</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {workers.map((worker) => (
          <tr key={worker.id}>
            <th scope="row" className="stacked-table__title">
              {worker.name}
            </th>
            <td data-label="Profession">{worker.profession}</td>
            <td data-label="Caseload">{worker.caseloadSize === 1 ? '1 person' : `${worker.caseloadSize} people`}</td>
            <td data-label="Status">{worker.hasLeft ? <Badge tone="neutral">Left the service</Badge> : 'Working'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
