import { DOCUMENT_PATHS } from '../../../shared/api/care-plan.schema';
import type { DocumentKind } from '../../../shared/api/care-plan.responses';

const root = (personId: string, kind: DocumentKind) => ['people', personId, DOCUMENT_PATHS[kind]] as const;

/**
 * Cache keys for one person's care plan (or another co-produced document), all under
 * `all(personId, kind)` so every change to it can refresh them at once.
 */
export const carePlanKeys = {
  all: (personId: string, kind: DocumentKind = 'care_plan') => root(personId, kind),
  plan: (personId: string, kind: DocumentKind = 'care_plan') => [...root(personId, kind), 'current'] as const,
  versions: (personId: string, kind: DocumentKind = 'care_plan') => [...root(personId, kind), 'versions'] as const,
  compare: (personId: string, from: number, to: number, kind: DocumentKind = 'care_plan') =>
    [...root(personId, kind), 'compare', from, to] as const,
  messages: (personId: string, sectionKey: string, kind: DocumentKind = 'care_plan') =>
    [...root(personId, kind), 'messages', sectionKey] as const,
  discussions: (personId: string) => [...root(personId, 'risk_formulation'), 'discussions'] as const,
};
