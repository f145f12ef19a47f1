/** The versions a save is checked against. */
export interface SaveVersions {
  /** The plan version the editor started from (or the section's own version, which is never later). */
  baseVersion: number;
  /** The plan version at which the section last changed; 0 when it was never written. */
  sectionVersion: number;
  /** The plan's current version. */
  planVersion: number;
}

/**
 * A save is stale when the section changed after the version the editor started from: saving it
 * would silently undo someone else's words. A base from the future is refused too, as it cannot
 * have been read. Edits to other sections in between do not make a save stale.
 */
export function isStaleSave(versions: SaveVersions): boolean {
  return versions.baseVersion < versions.sectionVersion || versions.baseVersion > versions.planVersion;
}
