import { AppError } from '../../domain/errors/app-error';
import { scoresAwaitingKey, type InstrumentDefinition } from '../../domain/instruments';
import {
  isSelfReportInstrument,
  SELF_REPORT_INSTRUMENT_IDS,
} from '../../domain/questionnaires/self-report-instruments';
import { currentDefinition, withWording } from '../instruments/definition-with-wording';
import { mapInTurn } from '../in-turn';
import type { Repositories } from '../ports';

/**
 * The self-report instruments the service has turned on: Tandem ships their structure and scoring,
 * and a licensed one is turned on when the service loads its wording (and its scoring key where
 * needed), since a person cannot answer "Item 3".
 */
export async function listAnswerableInstruments(repositories: Repositories): Promise<InstrumentDefinition[]> {
  const answerable = await mapInTurn(SELF_REPORT_INSTRUMENT_IDS, (id) => answerableOrNull(repositories, id));
  return answerable.filter((definition): definition is InstrumentDefinition => definition !== null);
}

/** The current version of a self-report instrument with its wording; refuses one that is not turned on. */
export async function requireAnswerableInstrument(
  repositories: Repositories,
  instrumentId: string,
): Promise<InstrumentDefinition> {
  if (!isSelfReportInstrument(instrumentId)) {
    throw new AppError(
      'bad_request',
      `“${instrumentId}” is not a questionnaire people fill in about themselves. Choose one of: ${SELF_REPORT_INSTRUMENT_IDS.join(', ')}.`,
    );
  }
  const definition = await answerableOrNull(repositories, instrumentId);
  if (!definition) {
    throw new AppError(
      'conflict',
      'This questionnaire is not turned on: an administrator needs to load its wording (and scoring key) first.',
    );
  }
  return definition;
}

async function answerableOrNull(
  repositories: Repositories,
  instrumentId: string,
): Promise<InstrumentDefinition | null> {
  const shipped = currentDefinition(instrumentId);
  if (!shipped) return null;
  const worded = withWording(shipped, await repositories.instruments.findWording(shipped.id, shipped.version));
  if (shipped.wordingMode === 'supplied-by-service' && !worded.hasWording) return null;
  return scoresAwaitingKey(worded.definition).length === 0 ? worded.definition : null;
}
