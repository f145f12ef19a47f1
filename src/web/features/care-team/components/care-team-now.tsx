import type { MembershipDto } from '../../../../shared/api/care-team.responses';
import { formatDate } from '../../../ui/format/format-date';
import { CareTeamMemberCells } from './care-team-member-cells';

interface CareTeamNowProps {
  members: MembershipDto[];
  caption: string;
  /** Shown when nobody is in the care team today. */
  emptyText?: string;
}

/** Who is in the care team today, in which role, and since when. */
export function CareTeamNow({
  members,
  caption,
  emptyText = 'Nobody is in the care team at the moment.',
}: CareTeamNowProps) {
  const current = members.filter((member) => member.isActive);
  if (current.length === 0) return <p className="empty-state">{emptyText}</p>;
  return (
    <table className="table stacked-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Since</th>
        </tr>
      </thead>
      <tbody>
        {current.map((member) => (
          <tr key={member.id}>
            <CareTeamMemberCells member={member} />
            <td data-label="Since">
              <time dateTime={member.startsOn}>{formatDate(member.startsOn)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
