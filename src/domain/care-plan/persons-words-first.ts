import type { AuthorKind } from './authorship';

/**
 * Orders the written parts of a plan so that what the person wrote in their own words comes first,
 * each group keeping the plan's own order. A printed plan then opens with the person's voice
 * rather than the service's (DOMAIN.md, point 2).
 */
export function personsWordsFirst<T extends { authorKind: AuthorKind | null }>(sections: readonly T[]): T[] {
  return [...sections.filter((s) => s.authorKind === 'person'), ...sections.filter((s) => s.authorKind !== 'person')];
}
