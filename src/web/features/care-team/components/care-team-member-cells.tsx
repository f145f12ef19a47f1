import { CARE_TEAM_ROLE_LABELS } from '../../../../shared/api/labels';
import type { MembershipDto } from '../../../../shared/api/care-team.responses';

/** The first cells of a care-team table's row: who (with their profession) and their role in the care team. */
export function CareTeamMemberCells({ member }: { member: MembershipDto }) {
  return (
    <>
      <th scope="row" className="stacked-table__title">
        {member.workerName}
        <span className="muted small block">{member.workerProfession}</span>
      </th>
      <td data-label="Role">{CARE_TEAM_ROLE_LABELS[member.role]}</td>
    </>
  );
}
