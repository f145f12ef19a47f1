import type { SharedDocumentKind } from '../../domain/share-links/share-link-rules';
import type { Repositories } from '../ports';
import { readSharedSafetyPlan } from '../safety-plan/read-shared-safety-plan';

/** What a share link shows: a document's title and its parts, as plain text, read-only. */
export interface SharedDocumentView {
  kind: SharedDocumentKind;
  title: string;
  /** The name the person goes by, so whoever opens it knows whose plan it is. */
  personName: string;
  updatedAt: Date | null;
  sections: { key: string; heading: string; text: string }[];
}

/** Reads one kind of document for a share link; null when the person has not written it yet. */
export type SharedDocumentReader = (repositories: Repositories, personId: string) => Promise<SharedDocumentView | null>;

/** The reader behind each kind of document a link can share. */
const READERS: Record<SharedDocumentKind, SharedDocumentReader> = {
  safety_plan: readSharedSafetyPlan,
};

export const sharedDocumentReader = (kind: SharedDocumentKind): SharedDocumentReader => READERS[kind];
