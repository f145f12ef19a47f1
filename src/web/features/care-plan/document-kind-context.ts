import { createContext, useContext } from 'react';
import type { DocumentKind } from '../../../shared/api/care-plan.responses';

/**
 * Which co-produced document the care plan's components work on (the care plan unless a page says
 * otherwise): the risk formulation and positive risk-taking plan pages reuse every component.
 */
export const DocumentKindContext = createContext<DocumentKind>('care_plan');

export const useDocumentKind = (): DocumentKind => useContext(DocumentKindContext);
