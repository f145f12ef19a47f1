import type { PersonResponse } from '../../../../shared/api/people.responses';
import { useCareTeamChanges } from '../api/use-care-team-changes';
import { useOrganisation } from '../../admin/api/use-organisation';
import { AddMembershipForm } from './add-membership-form';
import { ChangeCoordinatorForm } from './change-coordinator-form';
import { EndMembershipForm } from './end-membership-form';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';

/** An administrator's controls for the care team: add, end with a reason, change coordinator with a handover. */
export function CareTeamAdmin({ record }: { record: PersonResponse }) {
  const organisation = useOrganisation();
  const changes = useCareTeamChanges(record.person.id);
  if (organisation.isPending) return <LoadingMessage what="workers" />;
  if (organisation.isError) return <ErrorMessage error={organisation.error} />;
  const workers = organisation.data.workers;
  return (
    <section aria-labelledby="care-team-admin-heading" className="section">
      <h2 id="care-team-admin-heading">Change the care team</h2>
      <div className="form-grid">
        <ChangeCoordinatorForm
          workers={workers}
          currentCoordinatorWorkerId={record.currentCareCoordinator?.workerId ?? null}
          mutation={changes.changeCoordinator}
        />
        <AddMembershipForm workers={workers} mutation={changes.addMember} />
        <EndMembershipForm members={record.careTeam ?? []} mutation={changes.endMembership} />
      </div>
    </section>
  );
}
