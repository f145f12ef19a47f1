import { useState } from 'react';
import type { Me } from '../../../../shared/api/sessions.responses';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { SelectField } from '../../../ui/fields/select-field';
import { useOrganisation } from '../../admin/api/use-organisation';
import { LoadingMessage } from '../../../ui/loading-message';
import { useIpsFidelity, useIpsOutcomes } from '../api/use-ips';
import { FidelityReviewForm } from '../components/fidelity-review-form';
import { IpsOutcomesTable } from '../components/ips-outcomes-table';
import { IpsRateChart } from '../components/ips-rate-chart';
import '../ips.css';

/** IPS figures for managers: the quarterly employment rate and the team's IPS-25 fidelity review. */
export function IpsFiguresPage({ me }: { me: Me }) {
  usePageTitle('IPS figures');
  const outcomes = useIpsOutcomes();
  const isAdmin = me.role === 'admin';
  // An administrator chooses the team whose review they score, an IPS team as much as a community team.
  const organisation = useOrganisation(isAdmin);
  const [teamId, setTeamId] = useState('');
  const fidelity = useIpsFidelity(teamId || null, me.role === 'team_manager' || (isAdmin && teamId !== ''));
  return (
    <div className="ips">
      <h1>IPS figures</h1>
      <section className="section" aria-labelledby="ips-outcomes-heading">
        <h2 id="ips-outcomes-heading">Employment rate by quarter</h2>
        {outcomes.isPending && <LoadingMessage what="the IPS figures" />}
        {outcomes.isError && <ErrorMessage error={outcomes.error} />}
        {outcomes.data && (
          <>
            <IpsRateChart outcomes={outcomes.data} />
            <IpsOutcomesTable outcomes={outcomes.data} />
          </>
        )}
      </section>
      {(me.role === 'team_manager' || isAdmin) && (
        <section className="section" aria-labelledby="ips-fidelity-heading">
          <h2 id="ips-fidelity-heading">Fidelity review (IPS-25)</h2>
          {isAdmin && (
            <SelectField
              label="Team reviewed"
              placeholder="Choose a team"
              value={teamId}
              onChange={(event) => setTeamId(event.target.value)}
              options={(organisation.data?.teams ?? []).map((team) => ({ value: team.id, label: team.name }))}
            />
          )}
          {fidelity.isPending && fidelity.fetchStatus !== 'idle' && <LoadingMessage what="the fidelity review" />}
          {fidelity.isError && <ErrorMessage error={fidelity.error} />}
          {fidelity.data && (
            <>
              <p>{fidelity.data.team.name}</p>
              <FidelityReviewForm fidelity={fidelity.data} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
