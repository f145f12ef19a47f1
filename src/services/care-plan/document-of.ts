import { documentKindRules, type DocumentKind, type DocumentKindRules } from '../../domain/care-plan/document-kind';
import type { Repositories } from '../ports';
import type { CarePlanRepository } from './ports';

/** Which of the person's co-produced documents a use case works on; the care plan when left out. */
export interface DocumentInput {
  kind?: DocumentKind;
}

/** A kind of co-produced document as a use case needs it: its rules and its repository in this transaction. */
export interface DocumentScope {
  kind: DocumentKind;
  rules: DocumentKindRules;
  documents: CarePlanRepository;
}

/**
 * The scope of a use case on one kind of document, so the care plan's use cases serve every kind.
 *
 * @example const { rules, documents } = documentOf(repositories, input.kind); // the care plan when kind is undefined
 */
export function documentOf(repositories: Repositories, kind: DocumentKind = 'care_plan'): DocumentScope {
  return { kind, rules: documentKindRules(kind), documents: repositories.documents(kind) };
}
