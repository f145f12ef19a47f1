import { DOCUMENT_PATHS } from '../../../../shared/api/care-plan.schema';
import type { DocumentKind } from '../../../../shared/api/care-plan.responses';

/** The API path of a person's co-produced document (their care plan unless another kind is named). */
export const carePlanPath = (personId: string, kind: DocumentKind = 'care_plan'): string =>
  `/people/${encodeURIComponent(personId)}/${DOCUMENT_PATHS[kind]}`;
