/**
 * Cache keys for one person. Every key about a person (contacts, care plan, meetings, feedback,
 * reviews, access log) starts with `record(personId)`, so invalidating the record refreshes them all.
 */
export const personKeys = {
  record: (personId: string) => ['people', personId] as const,
  continuity: (personId: string) => ['people', personId, 'continuity'] as const,
  /** People found by a search: about no one person, so outside every record's key. */
  search: (query: string) => ['person-search', query] as const,
};
