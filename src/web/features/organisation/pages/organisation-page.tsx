import type { Me } from '../../../../shared/api/sessions.responses';
import { useOrganisationSummary } from '../api/use-organisation-summary';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { OrganisationSummary } from '../components/organisation-summary';
import { ResearchExports } from '../components/research-exports';
import { usePageTitle } from '../../../hooks/use-page-title';

/** A researcher's home: de-identified counts in plain words, and pseudonymised data to download. */
export function OrganisationPage({ me }: { me: Me }) {
  usePageTitle('Organisation summary');
  const summary = useOrganisationSummary();
  return (
    <>
      <h1>Organisation summary</h1>
      <p className="lead">Counts across the whole service. Nobody can be identified from these figures.</p>
      {summary.isPending && <LoadingMessage what="the summary" />}
      {summary.isError && <ErrorMessage error={summary.error} />}
      {summary.data && <OrganisationSummary summary={summary.data} />}
      {me.role === 'researcher' && <ResearchExports />}
    </>
  );
}
