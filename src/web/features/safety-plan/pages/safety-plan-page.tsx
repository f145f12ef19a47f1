import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import '../../care-plan/care-plan.css';
import '../safety-plan.css';
import type { Me } from '../../../../shared/api/sessions.responses';
import { saveOfflineCopy } from '../../../offline/offline-copy';
import { AgreementPanel } from '../../care-plan/components/agreement-panel';
import { DocumentKindContext } from '../../care-plan/document-kind-context';
import { DocumentSections } from '../../care-plan/components/document-sections';
import { DocumentPage } from '../../care-plan/components/document-page';
import { useSafetyPlan } from '../api/use-safety-plan';
import { AgreementChoice } from '../components/agreement-choice';
import { NumbersToCall } from '../components/numbers-to-call';
import { ShareLinksSection } from '../components/share-links-section';

/**
 * The safety plan: the person's own, written and changed by them directly; the care team proposes
 * changes the person decides on; every version is kept. The person's own view keeps a copy on the
 * device, so the plan opens with no network (ADR 0029).
 */
export function SafetyPlanPage({ me, personId }: { me: Me; personId: string }) {
  const plan = useSafetyPlan(personId);
  const isSelf = me.personId === personId;
  const title = isSelf ? 'My safety plan' : plan.data ? `Safety plan for ${plan.data.personName}` : 'Safety plan';

  useEffect(() => {
    if (!isSelf || !plan.data) return;
    void saveOfflineCopy({
      accountId: me.accountId,
      personName: plan.data.personName,
      savedAt: new Date().toISOString(),
      sections: plan.data.sections.map((s) => ({ key: s.key, heading: s.title, text: s.text })),
    });
  }, [isSelf, me.accountId, plan.data]);

  const base = `/people/${encodeURIComponent(personId)}`;
  return (
    <DocumentKindContext.Provider value="safety_plan">
      <DocumentPage document={plan} noun="safety plan" title={title}>
        {(data) => {
          const name = data.personName;
          const canShare = isSelf || data.access.basis === 'care_team';
          return (
            <>
              {isSelf ? (
                <p className="lead">
                  Your plan for when things get hard, in your own words. It is kept on this device so you can open it
                  without a connection; signing out removes it from this device.
                </p>
              ) : (
                <p className="lead">{name}’s plan for when things get hard, in their own words.</p>
              )}
              <div className="button-row">
                <a className="button button--secondary" href={`/api/v1${base}/safety-plan.pdf`} download>
                  Download PDF
                </a>
                {!isSelf && <Link to={base}>Back to {name}’s record</Link>}
              </div>

              <NumbersToCall sections={data.sections} />

              <AgreementChoice personId={personId} isSelf={isSelf} personName={name}>
                {(teamMustAgree) => (teamMustAgree ? <AgreementPanel plan={data} /> : null)}
              </AgreementChoice>

              <DocumentSections personId={personId} document={data} isSelf={isSelf} />

              {canShare && <ShareLinksSection personId={personId} isSelf={isSelf} />}
            </>
          );
        }}
      </DocumentPage>
    </DocumentKindContext.Provider>
  );
}

/** /people/:personId/safety-plan: someone's plan, as the care team, a carer or a worker who broke glass reads it. */
export function SafetyPlanPageForPerson({ me }: { me: Me }) {
  const { personId = '' } = useParams();
  return <SafetyPlanPage me={me} personId={personId} />;
}
