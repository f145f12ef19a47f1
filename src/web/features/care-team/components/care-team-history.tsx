import { MEMBERSHIP_END_REASON_LABELS } from '../../../../shared/api/labels';
import type { MembershipDto } from '../../../../shared/api/care-team.responses';
import { formatDate } from '../../../ui/format/format-date';
import { CareTeamMemberCells } from './care-team-member-cells';
import { Badge } from '../../../ui/badge';

/** Everyone who has been in the care team: from when to when, why it ended, and the handover. */
export function CareTeamHistory({ members, caption }: { members: MembershipDto[]; caption: string }) {
  if (members.length === 0) return <p className="empty-state">There is no care-team history yet.</p>;
  return (
    <table className="table stacked-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Who</th>
          <th scope="col">Role</th>
          <th scope="col">From</th>
          <th scope="col">To</th>
          <th scope="col">Why it ended</th>
          <th scope="col">Handover note</th>
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <tr key={member.id}>
            <CareTeamMemberCells member={member} />
            <td data-label="From">
              <time dateTime={member.startsOn}>{formatDate(member.startsOn)}</time>
            </td>
            <td data-label="To">
              {member.endsOn ? (
                <time dateTime={member.endsOn}>{formatDate(member.endsOn)}</time>
              ) : member.isActive ? (
                <Badge tone="good">Now</Badge>
              ) : (
                <span className="muted">Not started yet</span>
              )}
            </td>
            <td data-label="Why it ended">
              {member.endReason ? MEMBERSHIP_END_REASON_LABELS[member.endReason] : <span className="muted">–</span>}
              {member.endNote && <span className="block pre-wrap">{member.endNote}</span>}
            </td>
            <td data-label="Handover note" className="pre-wrap">
              {member.handoverNote ?? <span className="muted">–</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
