import {
  applyWording,
  INSTRUMENT_CATALOGUE,
  isInstrumentError,
  type InstrumentDefinition,
  type WordingFile,
} from '../../domain/instruments';

/** A shipped instrument by id and version; for a licensed one, with the wording the service loaded. */
export interface DefinitionWithWording {
  definition: InstrumentDefinition;
  /** True when item texts came from a loaded wording file. */
  hasWording: boolean;
}

/** The catalogue's definition of an instrument at a version, or undefined. */
export function catalogueDefinition(instrumentId: string, version: string): InstrumentDefinition | undefined {
  return INSTRUMENT_CATALOGUE.find((definition) => definition.id === instrumentId && definition.version === version);
}

/** The version of an instrument that new responses and wording files are checked against. */
export function currentDefinition(instrumentId: string): InstrumentDefinition | undefined {
  return INSTRUMENT_CATALOGUE.filter((definition) => definition.id === instrumentId).at(-1);
}

/**
 * Applies a stored wording file to a licensed instrument. Wording is stored per version, so it
 * always matched when loaded; should it not match now, the neutral labels are shown rather than
 * a wrong text.
 */
export function withWording(definition: InstrumentDefinition, wording: WordingFile | null): DefinitionWithWording {
  if (definition.wordingMode !== 'supplied-by-service' || !wording) return { definition, hasWording: false };
  try {
    return { definition: applyWording(definition, wording), hasWording: true };
  } catch (error) {
    if (isInstrumentError(error)) return { definition, hasWording: false };
    throw error;
  }
}
