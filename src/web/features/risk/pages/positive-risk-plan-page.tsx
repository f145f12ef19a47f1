import { Link, useParams } from 'react-router';
import '../../care-plan/care-plan.css';
import type { Me } from '../../../../shared/api/sessions.responses';
import { useCarePlan } from '../../care-plan/api/use-care-plan';
import { AgreementPanel } from '../../care-plan/components/agreement-panel';
import { DocumentSections } from '../../care-plan/components/document-sections';
import { DocumentPage } from '../../care-plan/components/document-page';
import { DocumentKindContext } from '../../care-plan/document-kind-context';
import { PlanReviewDate } from '../components/plan-review-date';

/** Something the person wants to do, planned together so it can go well; both sides sign it. */
export function PositiveRiskPlanPage({ me }: { me: Me }) {
  return (
    <DocumentKindContext.Provider value="positive_risk_plan">
      <PositiveRiskPlan me={me} />
    </DocumentKindContext.Provider>
  );
}

function PositiveRiskPlan({ me }: { me: Me }) {
  const { personId = '' } = useParams();
  const plan = useCarePlan(personId);
  const isSelf = me.personId === personId;
  const title = isSelf
    ? 'Your positive risk-taking plan'
    : plan.data
      ? `Positive risk-taking plan for ${plan.data.personName}`
      : 'Positive risk-taking plan';
  const base = `/people/${encodeURIComponent(personId)}`;
  return (
    <DocumentPage document={plan} noun="plan" title={title}>
      {(data) => {
        const otherPersonName = isSelf ? null : data.personName;
        return (
          <>
            <p className="lead">
              Something {isSelf ? 'you want' : `${data.personName} wants`} to do, knowing it carries some risk: what
              could go wrong, what will help it go well, who agrees, and when you will look at it again.
            </p>
            <div className="button-row">
              <Link className="button button--secondary" to={`${base}/risk-formulation`}>
                Risk and safety formulation
              </Link>
              {!isSelf && <Link to={base}>Back to {data.personName}’s record</Link>}
            </div>
            <AgreementPanel plan={data} />
            <PlanReviewDate
              personId={personId}
              otherPersonName={otherPersonName}
              canWrite={data.access.canWrite}
              hasPlan={data.currentVersion > 0}
            />
            <DocumentSections personId={personId} document={data} isSelf={isSelf} />
          </>
        );
      }}
    </DocumentPage>
  );
}
