import { useState } from 'react';
import type { CaseloadEntryDto } from '../../../../shared/api/caseload.responses';
import { AppLink } from '../../navigation/components/app-link';
import { useCaseload } from '../api/use-caseload';
import { CaseloadAlerts } from '../components/caseload-alerts';
import { CaseloadTable } from '../components/caseload-table';
import { isRiskDiscussionDue } from '../components/risk-discussion-line';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { usePageTitle } from '../../../hooks/use-page-title';
import { PersonSearch } from '../../person/components/person-search';
import { useSession } from '../../session/api/use-session';

/** A worker's home: their people at a glance. */
export function CaseloadPage() {
  usePageTitle('My caseload');
  const caseload = useCaseload();
  const workerId = useSession().data?.me.workerId;
  return (
    <>
      <h1>My caseload</h1>
      <p>
        <AppLink to="/calendar-feed">See your people’s reviews in your own calendar</AppLink>
      </p>
      {workerId && (
        <p>
          <AppLink to={`/workers/${encodeURIComponent(workerId)}/handovers`}>Your people and their handovers</AppLink>
        </p>
      )}
      <PersonSearch />
      {caseload.isPending && <LoadingMessage what="your caseload" />}
      {caseload.isError && <ErrorMessage error={caseload.error} />}
      {caseload.data && caseload.data.people.length === 0 && (
        <div className="empty-state">
          <p>There is nobody in your caseload yet.</p>
          <p className="muted">When you join someone’s care team, they will appear here.</p>
        </div>
      )}
      <CaseloadAlerts />
      {caseload.data && caseload.data.people.length > 0 && <CaseloadWithFilter people={caseload.data.people} />}
    </>
  );
}

/** The caseload, with a choice to see only the people whose risk formulation is due to be talked through. */
function CaseloadWithFilter({ people }: { people: CaseloadEntryDto[] }) {
  const [isOnlyRiskDue, setIsOnlyRiskDue] = useState(false);
  const due = people.filter(isRiskDiscussionDue);
  const isFiltered = isOnlyRiskDue && due.length > 0;
  return (
    <>
      {due.length > 0 && (
        <label className="checkbox">
          <input type="checkbox" checked={isOnlyRiskDue} onChange={(event) => setIsOnlyRiskDue(event.target.checked)} />
          Show only the {due.length === 1 ? 'person' : `${due.length} people`} whose risk formulation has not been
          discussed with them in the last 12 months
        </label>
      )}
      <CaseloadTable people={isFiltered ? due : people} of={isFiltered ? people.length : undefined} />
    </>
  );
}
