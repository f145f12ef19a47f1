/** The tables a manager or administrator can download; none names a service user. */
export const FIGURES_EXPORT_KINDS = [
  'continuity-people',
  'continuity-summary',
  'continuity-sites',
  'service-teams',
  'service-workers',
] as const;
export type FiguresExportKind = (typeof FIGURES_EXPORT_KINDS)[number];

/** The pseudonymised data sets a researcher can download. */
export const RESEARCH_DATASETS = [
  'contacts',
  'care-team-periods',
  'ratings',
  'feedback',
  'ips-referrals',
  'ips-jobs',
] as const;
export type ResearchDataset = (typeof RESEARCH_DATASETS)[number];
