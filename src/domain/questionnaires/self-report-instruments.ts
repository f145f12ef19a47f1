/**
 * The instruments a person fills in about themselves, from their own account: their recovery
 * (QPR-15) and their view of the relationship with their worker (STAR-P, WAI-SR, SRS). Each is
 * offered only once it is turned on: a licensed one when the service has loaded its wording.
 */
export const SELF_REPORT_INSTRUMENT_IDS = ['qpr-15', 'star-p', 'wai-sr', 'srs'] as const;
export type SelfReportInstrumentId = (typeof SELF_REPORT_INSTRUMENT_IDS)[number];

export const isSelfReportInstrument = (id: string): id is SelfReportInstrumentId =>
  (SELF_REPORT_INSTRUMENT_IDS as readonly string[]).includes(id);

/** Shortest and longest gap the care team may set between two invitations: a week to a year. */
export const QUESTIONNAIRE_EVERY_DAYS = { min: 7, max: 365 } as const;
