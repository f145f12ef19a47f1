import type { InstrumentDefinition } from '../instrument-definition';
import { dialogRatings } from './dialog-ratings';
import { meetingFeedbackCarer, meetingFeedbackPerson, meetingFeedbackWorker } from './meeting-feedback';
import { qpr15 } from './qpr-15';
import { srs } from './srs';
import { starC, starP } from './star';
import { waiSr } from './wai-sr';

export {
  dialogRatings,
  meetingFeedbackCarer,
  meetingFeedbackPerson,
  meetingFeedbackWorker,
  qpr15,
  srs,
  starC,
  starP,
  waiSr,
};

/** Every instrument shipped with Tandem. */
export const INSTRUMENT_CATALOGUE: readonly InstrumentDefinition[] = [
  meetingFeedbackPerson,
  meetingFeedbackWorker,
  dialogRatings,
  starP,
  starC,
  waiSr,
  srs,
  qpr15,
  meetingFeedbackCarer,
];

/** A shipped instrument by id and version, or undefined. */
export function findCatalogueInstrument(id: string, version: string): InstrumentDefinition | undefined {
  return INSTRUMENT_CATALOGUE.find((definition) => definition.id === id && definition.version === version);
}
