/** Cache keys for administration: one list of every site, team, worker, person, carer and account. */
export const adminKeys = {
  organisation: ['admin', 'organisation'] as const,
  instrumentOffers: ['admin', 'instrument-offers'] as const,
};
