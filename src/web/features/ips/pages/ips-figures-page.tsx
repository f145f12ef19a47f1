import type { Me } from '../../../../shared/api/sessions.responses';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { useIpsFidelity, useIpsOutcomes } from '../api/use-ips';
import { FidelityReviewForm } from '../components/fidelity-review-form';
import { IpsOutcomesTable } from '../components/ips-outcomes-table';
import '../ips.css';

/** IPS figures for managers: the quarterly employment rate and the team's IPS-25 fidelity review. */
export function IpsFiguresPage({ me }: { me: Me }) {
  usePageTitle('IPS figures');
  const outcomes = useIpsOutcomes();
  const fidelity = useIpsFidelity(me.role === 'team_manager');
  return (
    <div className="ips">
      <h1>IPS figures</h1>
      <section className="section" aria-labelledby="ips-outcomes-heading">
        <h2 id="ips-outcomes-heading">Employment rate by quarter</h2>
        {outcomes.isPending && <LoadingMessage what="the IPS figures" />}
        {outcomes.isError && <ErrorMessage error={outcomes.error} />}
        {outcomes.data && <IpsOutcomesTable outcomes={outcomes.data} />}
      </section>
      {me.role === 'team_manager' && (
        <section className="section" aria-labelledby="ips-fidelity-heading">
          <h2 id="ips-fidelity-heading">Fidelity review (IPS-25)</h2>
          {fidelity.isPending && <LoadingMessage what="the fidelity review" />}
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
