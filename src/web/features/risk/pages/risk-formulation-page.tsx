import { PendingProposals } from '../../care-plan/components/pending-proposals';
import { Link, useParams } from 'react-router';
import '../../care-plan/care-plan.css';
import '../risk.css';
import { FORMULATION_TOPICS } from '../../../../shared/api/risk.schema';
import type { Me } from '../../../../shared/api/sessions.responses';
import { useCarePlan } from '../../care-plan/api/use-care-plan';
import { AgreementPanel } from '../../care-plan/components/agreement-panel';
import { CarePlanSectionCard } from '../../care-plan/components/care-plan-section-card';
import { DocumentPage } from '../../care-plan/components/document-page';
import { DocumentKindContext } from '../../care-plan/document-kind-context';
import { RiskDiscussionPanel } from '../components/risk-discussion-panel';

/** The risk and safety formulation: what the person thinks and what the team thinks, side by side, talked through. */
export function RiskFormulationPage({ me }: { me: Me }) {
  return (
    <DocumentKindContext.Provider value="risk_formulation">
      <Formulation me={me} />
    </DocumentKindContext.Provider>
  );
}

function Formulation({ me }: { me: Me }) {
  const { personId = '' } = useParams();
  const formulation = useCarePlan(personId);
  const isSelf = me.personId === personId;
  const title = isSelf
    ? 'Your risk and safety formulation'
    : formulation.data
      ? `Risk and safety formulation for ${formulation.data.personName}`
      : 'Risk and safety formulation';
  const base = `/people/${encodeURIComponent(personId)}`;
  return (
    <DocumentPage document={formulation} noun="formulation" title={title}>
      {(data) => {
        const otherPersonName = isSelf ? null : data.personName;
        const byKey = new Map(data.sections.map((s) => [s.key, s]));
        return (
          <>
            <p className="lead">
              {isSelf
                ? 'What keeps you safe, in your words beside your care team’s, so you both know what to do.'
                : `What keeps ${data.personName} safe, in their words beside the team’s, talked through with them.`}
            </p>
            <details className="help">
              <summary>Why there is no risk score here</summary>
              <p>
                Tandem never scores or rates risk as low, medium or high. Scores predict poorly for one person and say
                nothing about what helps. This is a shared understanding, written with {otherPersonName ?? 'you'}, of
                what helps, what makes things harder and what to do.
              </p>
            </details>
            <div className="button-row">
              <Link className="button button--secondary" to={`${base}/risk-formulation/compare`}>
                Compare versions
              </Link>
              <Link className="button button--secondary" to={`${base}/positive-risk-plan`}>
                Positive risk-taking plan
              </Link>
              {!isSelf && <Link to={base}>Back to {data.personName}’s record</Link>}
            </div>

            <RiskDiscussionPanel
              personId={personId}
              otherPersonName={otherPersonName}
              canRecord={!isSelf && data.access.canWrite}
            />
            <AgreementPanel plan={data} />

            <PendingProposals personId={personId} plan={data} isSelf={isSelf} />

            {FORMULATION_TOPICS.map((topic) => (
              <div key={topic.key} className="formulation-topic">
                {[byKey.get(`${topic.key}_person`), byKey.get(`${topic.key}_team`)].map(
                  (section) =>
                    section && (
                      <CarePlanSectionCard
                        key={section.key}
                        personId={personId}
                        section={section}
                        otherPersonName={otherPersonName}
                        canWrite={data.access.canWrite}
                      />
                    ),
                )}
              </div>
            ))}
          </>
        );
      }}
    </DocumentPage>
  );
}
