import { useState } from 'react';
import '../care-plan.css';
import { useParams } from 'react-router';
import { AppLink } from '../../navigation/components/app-link';
import { useCarePlanComparison, useCarePlanVersions } from '../api/use-care-plan-versions';
import { CarePlanComparison } from '../components/care-plan-comparison';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { SelectField } from '../../../ui/fields/select-field';
import { usePageTitle } from '../../../hooks/use-page-title';
import { DOCUMENT_PATHS } from '../../../../shared/api/care-plan.schema';
import { useDocumentKind } from '../document-kind-context';
import { formatDateTime } from '../../../ui/format/format-date';

/** Two versions of the plan compared word by word, so everyone can see what changed and who changed it. */
export function CarePlanComparePage() {
  const kind = useDocumentKind();
  const noun = kind === 'care_plan' ? 'care plan' : kind === 'risk_formulation' ? 'formulation' : 'plan';
  usePageTitle(`Compare ${noun} versions`);
  const { personId = '' } = useParams();
  const versions = useCarePlanVersions(personId);
  const [chosen, setChosen] = useState<{ from: number | null; to: number | null }>({ from: null, to: null });
  const list = versions.data?.pages.flatMap((page) => page.versions) ?? [];
  // Until the user chooses, show the latest change: the newest version against the one before it.
  const to = chosen.to ?? list[0]?.version ?? null;
  const from = chosen.from ?? list[1]?.version ?? (to !== null ? 0 : null);
  const comparison = useCarePlanComparison(personId, from, to);
  const options = [
    ...list.map((v) => ({
      value: String(v.version),
      label: `Version ${v.version}: ${v.sectionTitle}, ${v.writtenBy.name}, ${formatDateTime(v.createdAt)}`,
    })),
    { value: '0', label: 'Version 0: empty plan' },
  ];

  return (
    <>
      <h1>Compare {noun} versions</h1>
      <p>
        <AppLink to={`/people/${encodeURIComponent(personId)}/${DOCUMENT_PATHS[kind]}`}>Back to the {noun}</AppLink>
      </p>
      {versions.isPending && <LoadingMessage what="the versions" />}
      {versions.isError && <ErrorMessage error={versions.error} />}
      {versions.data && list.length === 0 && <p>Nothing has been written in this plan yet.</p>}
      {list.length > 0 && (
        <div className="form-grid compare-choice">
          <SelectField
            label="Earlier version"
            value={String(from)}
            options={options}
            onChange={(event) => setChosen({ from: Number(event.target.value), to })}
          />
          <SelectField
            label="Later version"
            value={String(to)}
            options={options}
            onChange={(event) => setChosen({ from, to: Number(event.target.value) })}
          />
        </div>
      )}
      {versions.hasNextPage && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            disabled={versions.isFetchingNextPage}
            onClick={() => void versions.fetchNextPage()}
          >
            {versions.isFetchingNextPage ? 'Loading…' : 'Show more versions'}
          </button>{' '}
          <span className="muted small">
            The lists above show the newest {list.length}; older ones are added to them.
          </span>
        </p>
      )}
      {comparison.isError && <ErrorMessage error={comparison.error} />}
      {comparison.data && <CarePlanComparison comparison={comparison.data} />}
    </>
  );
}
