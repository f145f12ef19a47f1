import { useOrganisationSummary } from '../api/use-organisation-summary';
import { ErrorMessage } from '../components/error-message';
import { LoadingMessage } from '../components/loading-message';
import { OrganisationSummary } from '../components/organisation-summary';
import { usePageTitle } from '../components/use-page-title';

/** A researcher's home: de-identified counts in plain words. */
export function OrganisationPage() {
  usePageTitle('Organisation summary');
  const summary = useOrganisationSummary();
  return (
    <>
      <h1>Organisation summary</h1>
      <p className="lead">Counts across the whole service. Nobody can be identified from these figures.</p>
      {summary.isPending && <LoadingMessage what="the summary" />}
      {summary.isError && <ErrorMessage error={summary.error} />}
      {summary.data && <OrganisationSummary summary={summary.data} />}
      <section aria-labelledby="exports-heading" className="section card">
        <h2 id="exports-heading">Pseudonymised exports are coming</h2>
        <p>
          You will be able to download pseudonymised data here, to study how the helping relationship and continuity of care
          relate to recovery. Names and other details that identify people will never be part of an export.
        </p>
      </section>
    </>
  );
}
