import { AppError } from '../../domain/errors/app-error';
import { scoresAwaitingKey, type InstrumentDefinition } from '../../domain/instruments';
import {
  isSelfReportInstrument,
  SELF_REPORT_INSTRUMENT_IDS,
} from '../../domain/questionnaires/self-report-instruments';
import { currentDefinition, withWording } from '../instruments/definition-with-wording';
import { currentImportedDefinitions } from '../instruments/find-definition';
import { mapInTurn } from '../in-turn';
import type { Repositories } from '../ports';

/**
 * The self-report instruments the service has turned on: Tandem ships their structure and scoring,
 * and a licensed one is turned on when the service loads its wording (and its scoring key where
 * needed), since a person cannot answer "Item 3". Then the instruments an administrator imported and
 * turned on, each at its latest version, once every item has its wording (ADR 0053).
 */
export async function listAnswerableInstruments(repositories: Repositories): Promise<InstrumentDefinition[]> {
  const shipped = await mapInTurn(SELF_REPORT_INSTRUMENT_IDS, (id) => answerableShipped(repositories, id));
  const imported = (await offeredImportedDefinitions(repositories)).filter(isAnswerable);
  return [...shipped.filter((definition): definition is InstrumentDefinition => definition !== null), ...imported];
}

/** The current version of a self-report instrument with its wording; refuses one that is not turned on. */
export async function requireAnswerableInstrument(
  repositories: Repositories,
  instrumentId: string,
): Promise<InstrumentDefinition> {
  if (isSelfReportInstrument(instrumentId)) {
    const definition = await answerableShipped(repositories, instrumentId);
    if (!definition) throw notTurnedOn();
    return definition;
  }
  const imported = (await currentImportedDefinitions(repositories)).find((d) => d.id === instrumentId);
  if (imported && !(await isOffered(repositories, instrumentId))) throw notOffered();
  if (imported && isAnswerable(imported)) return imported;
  if (imported) throw notTurnedOn();
  const offered = [...SELF_REPORT_INSTRUMENT_IDS, ...(await offeredImportedDefinitions(repositories)).map((d) => d.id)];
  throw new AppError(
    'bad_request',
    `“${instrumentId.slice(0, 64)}” is not a questionnaire people fill in about themselves. Choose one of: ${offered.join(', ')}.`,
  );
}

const notTurnedOn = () =>
  new AppError(
    'conflict',
    'This questionnaire is not turned on: an administrator needs to load its wording (and scoring key) first.',
  );

const notOffered = () =>
  new AppError(
    'conflict',
    'This questionnaire is not offered to people: an administrator needs to turn on “offered to people” for it first.',
  );

/** Whether an administrator turned on an imported instrument for people; none is until then. */
async function isOffered(repositories: Repositories, instrumentId: string): Promise<boolean> {
  return (await repositories.instruments.listOffers()).some((o) => o.instrumentId === instrumentId && o.offered);
}

/** The latest version of each imported instrument an administrator offers to people. */
async function offeredImportedDefinitions(repositories: Repositories): Promise<InstrumentDefinition[]> {
  const offers = await repositories.instruments.listOffers();
  const offered = new Set(offers.filter((o) => o.offered).map((o) => o.instrumentId));
  return (await currentImportedDefinitions(repositories)).filter((d) => offered.has(d.id));
}

/** Worded (its own wording, or every item's text given) and every score computable: a person cannot answer "Item 3". */
const isAnswerable = (definition: InstrumentDefinition) =>
  (definition.wordingMode === 'included' || definition.items.every((item) => item.text !== undefined)) &&
  scoresAwaitingKey(definition).length === 0;

async function answerableShipped(
  repositories: Repositories,
  instrumentId: string,
): Promise<InstrumentDefinition | null> {
  const shipped = currentDefinition(instrumentId);
  if (!shipped) return null;
  const worded = withWording(shipped, await repositories.instruments.findWording(shipped.id, shipped.version));
  if (shipped.wordingMode === 'supplied-by-service' && !worded.hasWording) return null;
  return scoresAwaitingKey(worded.definition).length === 0 ? worded.definition : null;
}
