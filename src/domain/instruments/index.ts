export { buildResponse } from './build-response';
export { applyScoringKey, scoresAwaitingKey, scoringKeyIssues, type ScoringKey } from './scoring-key';
export { applyWording, MAX_ITEM_TEXT_LENGTH, wordingIssues, type WordingFile } from './apply-wording';
export {
  dialogRatings,
  findCatalogueInstrument,
  INSTRUMENT_CATALOGUE,
  meetingFeedbackCarer,
  meetingFeedbackPerson,
  meetingFeedbackWorker,
  qpr15,
  srs,
  starC,
  starP,
  waiSr,
} from './catalogue';
export {
  NON_SCORED_OPTIONS,
  type Comparator,
  type InstrumentDefinition,
  type InstrumentItem,
  type KeySubscale,
  type ScoringKeyRequirement,
  type LikertScale,
  type LineScale,
  type MissingRule,
  type NonScoredOption,
  type ResponseScale,
  type ScaleAnchor,
  type ScoreDefinition,
  type ScoreMethod,
  type ScoreSource,
  type Subscale,
  type Threshold,
  type WordingMode,
  type YesNoScale,
} from './instrument-definition';
export {
  InstrumentError,
  isInstrumentError,
  throwIfIssues,
  type InstrumentErrorKind,
  type InstrumentIssue,
  type InstrumentIssueCode,
} from './instrument-error';
export { itemsById, scaleOfItem, scalesById, sourceItemIds } from './instrument-lookup';
export type {
  AnswerValue,
  ComputedScore,
  InstrumentResponse,
  ItemAnswer,
  ScoredResponse,
  ScoreResult,
  UndefinedScore,
} from './instrument-response';
export { isOnStep, isSameNumber, likertPoints, scaleRange, scoredValue, tidyNumber } from './response-scale';
export { isMissingAllowed, isThresholdMet, scoreResponse } from './score-response';
export { assertValidDefinition, definitionIssues } from './validate-definition';
export { assertValidResponse, responseIssues, unansweredRequiredIssues } from './validate-response';
