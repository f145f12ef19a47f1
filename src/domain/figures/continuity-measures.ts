/**
 * The per-person figures a continuity dashboard summarises, in the order it shows them: visits,
 * the indices (src/domain/continuity), and the care-coordinator history (src/domain/care-team).
 */
export const CONTINUITY_MEASURES = [
  'contacts',
  'upc',
  'upcCareCoordinator',
  'coc',
  'secon',
  'mmci',
  'hhi',
  'careCoordinatorChanges',
  'daysWithoutCareCoordinator',
] as const;
export type ContinuityMeasure = (typeof CONTINUITY_MEASURES)[number];
