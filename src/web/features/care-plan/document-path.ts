import { createContext, useContext } from 'react';

/**
 * Which co-produced document the care plan's components work on, by its address under the person
 * (`care-plan`, `safety-plan`…): the API serves every kind with the same routes, so the same
 * editor, proposals, signatures and discussion serve them all. The care plan unless a page says.
 */
export const DocumentPathContext = createContext('care-plan');

export const useDocumentPath = (): string => useContext(DocumentPathContext);
