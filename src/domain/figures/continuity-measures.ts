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

/** What each measure is called on a dashboard, and what it says, in plain words. */
export const CONTINUITY_MEASURE_LABELS: Record<ContinuityMeasure, { label: string; meaning: string }> = {
  contacts: { label: 'Visits', meaning: 'Contacts with a worker; a joint visit counts once for each worker there.' },
  upc: { label: 'Usual provider (most seen)', meaning: 'Share of visits with the worker seen most often (UPC).' },
  upcCareCoordinator: {
    label: 'Usual provider (care coordinator)',
    meaning: 'Share of visits with the care coordinator at the end of the period.',
  },
  coc: {
    label: 'Continuity of care index',
    meaning: 'Chance that two visits picked at random were with the same worker (Bice–Boxerman COC).',
  },
  secon: {
    label: 'Sequential continuity',
    meaning: 'Share of visits with the same worker as the visit before (SECON).',
  },
  mmci: {
    label: 'Modified modified continuity index',
    meaning: 'How few different workers there were for the number of visits (MMCI).',
  },
  hhi: {
    label: 'Concentration of visits',
    meaning: 'How concentrated visits were on few workers (Herfindahl–Hirschman index).',
  },
  careCoordinatorChanges: {
    label: 'Care coordinator changes',
    meaning: 'Times the care coordinator changed to another worker.',
  },
  daysWithoutCareCoordinator: {
    label: 'Days without a care coordinator',
    meaning: 'Days in the period with no care coordinator.',
  },
};
