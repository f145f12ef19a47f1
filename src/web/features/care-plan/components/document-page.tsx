import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import '../care-plan.css';
import { hasStatus } from '../../../api-client/api-request-error';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { ForbiddenNotice } from '../../../ui/forbidden-notice';
import { LoadingMessage } from '../../../ui/loading-message';
import { NotFoundPage } from '../../navigation/pages/not-found-page';

interface DocumentPageProps<T> {
  /** The document as the page asked for it. */
  document: UseQueryResult<T>;
  /** What the document is called in a sentence: "care plan", "formulation". */
  noun: string;
  /** The page's title and its heading, worked out by the page before the document has loaded. */
  title: string;
  /** The page below its heading, once the document has loaded. */
  children: (document: T) => ReactNode;
}

/**
 * The frame every co-produced document page shares (care plan, safety plan, risk formulation,
 * positive risk-taking plan): the tab's title, what shows while the document loads or when it
 * cannot be opened, and the page's heading (ADR 0057).
 *
 * @example
 * <DocumentPage document={useCarePlan(personId)} noun="care plan" title="Your care plan">
 *   {(plan) => <AgreementPanel plan={plan} />}
 * </DocumentPage>
 */
export function DocumentPage<T>({ document, noun, title, children }: DocumentPageProps<T>) {
  usePageTitle(title);

  if (document.isPending) return <LoadingMessage what={`the ${noun}`} />;
  if (document.isError) {
    if (hasStatus(document.error, 404)) return <NotFoundPage what={noun} />;
    if (hasStatus(document.error, 403)) return <ForbiddenNotice />;
    return (
      <>
        <h1>The {noun} could not be opened</h1>
        <ErrorMessage error={document.error} />
      </>
    );
  }
  return (
    <div className="care-plan">
      <h1>{title}</h1>
      {children(document.data)}
    </div>
  );
}
