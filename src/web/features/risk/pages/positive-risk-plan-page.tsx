import { PendingProposals } from '../../care-plan/components/pending-proposals';
import { Link, useParams } from 'react-router';
import '../../care-plan/care-plan.css';
import type { Me } from '../../../../shared/api/sessions.responses';
import { hasStatus } from '../../../api-client/api-request-error';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { ForbiddenNotice } from '../../../ui/forbidden-notice';
import { LoadingMessage } from '../../../ui/loading-message';
import { useCarePlan } from '../../care-plan/api/use-care-plan';
import { AgreementPanel } from '../../care-plan/components/agreement-panel';
import { CarePlanSectionCard } from '../../care-plan/components/care-plan-section-card';
import { DocumentKindContext } from '../../care-plan/document-kind-context';
import { NotFoundPage } from '../../navigation/pages/not-found-page';
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
  usePageTitle(title);

  if (plan.isPending) return <LoadingMessage what="the plan" />;
  if (plan.isError) {
    if (hasStatus(plan.error, 404)) return <NotFoundPage what="plan" />;
    if (hasStatus(plan.error, 403)) return <ForbiddenNotice />;
    return (
      <>
        <h1>The plan could not be opened</h1>
        <ErrorMessage error={plan.error} />
      </>
    );
  }
  const data = plan.data;
  const otherPersonName = isSelf ? null : data.personName;
  const base = `/people/${encodeURIComponent(personId)}`;
  return (
    <div className="care-plan">
      <h1>{title}</h1>
      <p className="lead">
        Something {isSelf ? 'you want' : `${data.personName} wants`} to do, knowing it carries some risk: what could go
        wrong, what will help it go well, who agrees, and when you will look at it again.
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
      <PendingProposals personId={personId} plan={data} isSelf={isSelf} />
      {data.sections.map((section) => (
        <CarePlanSectionCard
          key={section.key}
          personId={personId}
          section={section}
          otherPersonName={otherPersonName}
          canWrite={data.access.canWrite}
        />
      ))}
    </div>
  );
}
