import type { InstrumentDefinition } from '../instrument-definition';
import { dialogRatings } from './dialog-ratings';
import { ips25 } from './ips-25';
import { meetingFeedbackCarer, meetingFeedbackPerson, meetingFeedbackWorker } from './meeting-feedback';
import { qpr15 } from './qpr-15';
import { recoveryCollegeFidelity } from './recovery-college-fidelity';
import { srs } from './srs';
import { starC, starP } from './star';
import { waiSr } from './wai-sr';

export {
  dialogRatings,
  ips25,
  meetingFeedbackCarer,
  meetingFeedbackPerson,
  meetingFeedbackWorker,
  qpr15,
  recoveryCollegeFidelity,
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
  ips25,
  recoveryCollegeFidelity,
  meetingFeedbackCarer,
];

/** A shipped instrument by id and version, or undefined. */
export function findCatalogueInstrument(id: string, version: string): InstrumentDefinition | undefined {
  return INSTRUMENT_CATALOGUE.find((definition) => definition.id === id && definition.version === version);
}
