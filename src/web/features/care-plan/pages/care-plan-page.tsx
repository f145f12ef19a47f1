import { useParams } from 'react-router';
import { AppLink } from '../../navigation/components/app-link';
import '../care-plan.css';
import type { Me } from '../../../../shared/api/sessions.responses';
import { useCarePlan } from '../api/use-care-plan';
import { CarePlanNews } from '../components/care-plan-news';
import { AgreementPanel } from '../components/agreement-panel';
import { DocumentSections } from '../components/document-sections';
import { DocumentPage } from '../components/document-page';

/** The care plan, written with the person: short, marked with who wrote what, agreed by both sides. */
export function CarePlanPage({ me }: { me: Me }) {
  const { personId = '' } = useParams();
  const plan = useCarePlan(personId);
  const isSelf = me.personId === personId;
  const title = isSelf ? 'Your care plan' : plan.data ? `Care plan for ${plan.data.personName}` : 'Care plan';
  const base = `/people/${encodeURIComponent(personId)}`;
  return (
    <DocumentPage document={plan} noun="care plan" title={title}>
      {(data) => (
        <>
          <p className="lead">
            {data.wordCount} {data.wordCount === 1 ? 'word' : 'words'}, about {data.readingMinutes}{' '}
            {data.readingMinutes === 1 ? 'minute' : 'minutes'} to read.
          </p>
          <div className="button-row">
            <a className="button button--secondary" href={`/api/v1${base}/care-plan.pdf`} download>
              Download PDF
            </a>
            <AppLink className="button button--secondary" to={`${base}/care-plan/compare`}>
              Compare versions
            </AppLink>
            {data.access.basis !== 'carer_consent' && (
              <AppLink className="button button--secondary" to={`${base}/reviews`}>
                {isSelf ? 'Your reviews' : 'Reviews'}
              </AppLink>
            )}
            {!isSelf && <AppLink to={base}>Back to {data.personName}’s record</AppLink>}
          </div>

          <CarePlanNews news={data.news} isSelf={isSelf} />

          <AgreementPanel plan={data} />

          <DocumentSections
            personId={personId}
            document={data}
            isSelf={isSelf}
            newMessages={(sectionKey) =>
              data.news.find((item) => item.kind === 'message' && item.sectionKey === sectionKey)?.count ?? 0
            }
          />
        </>
      )}
    </DocumentPage>
  );
}
