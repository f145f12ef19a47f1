import {
  assertValidDefinition,
  InstrumentError,
  NON_SCORED_OPTIONS,
  throwIfIssues,
  type InstrumentDefinition,
  type InstrumentIssue,
  type ResponseScale,
  type ScaleAnchor,
  type ScoringKeyRequirement,
  type Subscale,
} from '../domain/instruments';
import { questionnaireUrl } from './export-questionnaire';
import { readQuestionItem } from './import-question-item';
import { readScoreItem } from './import-score-item';
import { findExtension, TANDEM } from './instrument-extensions';
import { ExtensionReader } from './read-extension';
import { questionnaireSchema, questionnaireShapeIssues, type ParsedQuestionnaire } from './questionnaire.schema';

/**
 * An instrument definition from an R4 Questionnaire as written by instrumentToQuestionnaire.
 * Throws InstrumentError('invalid-definition') listing every problem: a malformed resource, a
 * missing Tandem extension, answer options or weights that contradict the scale, references to
 * unknown scales, items or subscales.
 */
export function questionnaireToInstrument(input: unknown): InstrumentDefinition {
  const parsed = questionnaireSchema.safeParse(input);
  if (!parsed.success) throw new InstrumentError('invalid-definition', questionnaireShapeIssues(parsed.error));
  const issues: InstrumentIssue[] = [];
  const questionnaire = parsed.data;
  const root = new ExtensionReader(issues, 'Questionnaire.extension', questionnaire.extension);
  const scales = root.nested(TANDEM.responseScale).flatMap((reader) => readScale(reader) ?? []);
  const scalesById = new Map(scales.map((scale) => [scale.id, scale]));
  const items = questionnaire.item.filter((item) => !findExtension(item.extension, TANDEM.scoreRule));
  const scoreItems = questionnaire.item.filter((item) => findExtension(item.extension, TANDEM.scoreRule));
  const scoringKey = root.nested(TANDEM.scoringKey).map(readScoringKeyRequirement)[0];
  const definition: InstrumentDefinition = {
    ...readHeader(questionnaire, root, issues),
    scales,
    items: items.flatMap((item) => readQuestionItem(item, scalesById, issues) ?? []),
    subscales: root.nested(TANDEM.subscale).flatMap((reader) => readSubscale(reader) ?? []),
    scores: scoreItems.flatMap((item) => readScoreItem(item, issues) ?? []),
    ...(scoringKey ? { scoringKey } : {}),
  };
  throwIfIssues('invalid-definition', issues);
  assertValidDefinition(definition);
  return definition;
}

type Header = Pick<
  InstrumentDefinition,
  'id' | 'version' | 'title' | 'description' | 'licence' | 'isValidated' | 'wordingMode' | 'canonicalUrl'
>;

function readHeader(questionnaire: ParsedQuestionnaire, root: ExtensionReader, issues: InstrumentIssue[]): Header {
  const id = idFromCanonicalUrl(questionnaire.url);
  if (id === '') {
    issues.push({
      path: 'Questionnaire.url',
      code: 'invalid-shape',
      message: `"${questionnaire.url}" does not end in /Questionnaire/<id>.`,
    });
  }
  if (questionnaire.copyright === undefined) {
    issues.push({
      path: 'Questionnaire.copyright',
      code: 'invalid-shape',
      message: 'The licence (copyright) is missing.',
    });
  }
  const published = questionnaireUrl({ id }) === questionnaire.url ? {} : { canonicalUrl: questionnaire.url };
  return {
    id,
    ...published,
    version: questionnaire.version,
    title: questionnaire.title,
    ...(questionnaire.description === undefined ? {} : { description: questionnaire.description }),
    licence: questionnaire.copyright ?? '',
    isValidated: root.required(TANDEM.isValidated, 'valueBoolean') ?? false,
    wordingMode: root.oneOf(TANDEM.wordingMode, ['included', 'supplied-by-service']) ?? 'included',
  };
}

/** The instrument id is the last segment of the canonical URL, wherever the Questionnaire was published. */
function idFromCanonicalUrl(url: string): string {
  const marker = '/Questionnaire/';
  return url.includes(marker) ? url.slice(url.lastIndexOf(marker) + marker.length) : '';
}

function readScale(reader: ExtensionReader): ResponseScale | undefined {
  const id = reader.required('id', 'valueId');
  const kind = reader.oneOf('kind', ['likert', 'line', 'yes-no']);
  const nonScoredOptions = reader.all('non-scored-option', 'valueCode').flatMap((option) => {
    const known = NON_SCORED_OPTIONS.find((candidate) => candidate === option);
    if (!known) reader.problem('invalid-shape', `Unknown non-scored option "${option}".`);
    return known ?? [];
  });
  if (id === undefined || kind === undefined) return undefined;
  if (kind === 'yes-no') return { kind, id, nonScoredOptions };
  const min = reader.required('min', 'valueDecimal');
  const max = reader.required('max', 'valueDecimal');
  const anchors = reader.nested('anchor').flatMap((anchor): ScaleAnchor[] => {
    const value = anchor.required('value', 'valueDecimal');
    const label = anchor.required('label', 'valueString');
    return value === undefined || label === undefined ? [] : [{ value, label }];
  });
  if (min === undefined || max === undefined) return undefined;
  if (kind === 'likert') return { kind, id, min, max, anchors, nonScoredOptions };
  const step = reader.required('step', 'valueDecimal');
  return step === undefined ? undefined : { kind, id, min, max, step, anchors, nonScoredOptions };
}

function readScoringKeyRequirement(reader: ExtensionReader): ScoringKeyRequirement | undefined {
  const subscales = reader.nested('subscale').flatMap((subscale) => {
    const id = subscale.required('id', 'valueId');
    const label = subscale.required('label', 'valueString');
    const itemCount = subscale.required('item-count', 'valueInteger');
    return id === undefined || label === undefined || itemCount === undefined ? [] : [{ id, label, itemCount }];
  });
  const reverseKeys = reader.oneOf('reverse-keys', ['supplied-by-service', 'none']);
  return reverseKeys === undefined ? undefined : { subscales, reverseKeys };
}

function readSubscale(reader: ExtensionReader): Subscale | undefined {
  const id = reader.required('id', 'valueId');
  const label = reader.required('label', 'valueString');
  const itemIds = reader.all('item', 'valueString');
  return id === undefined || label === undefined ? undefined : { id, label, itemIds };
}
