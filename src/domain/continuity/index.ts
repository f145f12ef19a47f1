export type { ContinuityContact, WorkerContact } from './continuity-contact';
export { continuityIndices, type ContinuityIndices, type ContinuityIndicesOptions } from './continuity-indices';
export { continuityOfCareIndex } from './continuity-of-care-index';
export { herfindahlHirschmanIndex } from './herfindahl-hirschman-index';
export { modifiedModifiedContinuityIndex } from './modified-modified-continuity-index';
export { orderContacts } from './order-contacts';
export { sequentialContinuityIndex } from './sequential-continuity-index';
export { mostFrequentProviderOfCare, usualProviderOfCare } from './usual-provider-of-care';
export { workerContactCounts } from './worker-contact-counts';
