import { AppError } from '../errors/app-error';

export type InstrumentIssueCode =
  | 'invalid-shape'
  | 'duplicate-id'
  | 'unknown-scale'
  | 'unknown-item'
  | 'unknown-subscale'
  | 'invalid-scale'
  | 'invalid-score'
  | 'wrong-instrument'
  | 'wrong-version'
  | 'duplicate-answer'
  | 'wrong-answer-type'
  | 'option-not-offered'
  | 'not-integer'
  | 'out-of-range'
  | 'not-on-step'
  | 'missing-item'
  | 'empty-text'
  | 'text-too-long'
  | 'inconsistent'
  | 'missing-scoring-key'
  | 'wrong-item-count'
  | 'required-unanswered';

/** One problem, located by a dotted path such as `answers.3.value` or `items.item-2`. */
export interface InstrumentIssue {
  readonly path: string;
  readonly code: InstrumentIssueCode;
  readonly message: string;
}

/** Which kind of input was rejected. */
export type InstrumentErrorKind =
  'invalid-definition' | 'invalid-response' | 'invalid-wording' | 'scoring-key-not-supplied';

/**
 * Rejects an instrument definition, response or wording file, listing every problem found rather
 * than the first, so the caller can answer 400 with all of them and save nothing.
 *
 * @example throw new InstrumentError('invalid-response', [{ path: 'answers.0.value', code: 'out-of-range', message: '…' }]);
 */
export class InstrumentError extends AppError {
  constructor(
    readonly kind: InstrumentErrorKind,
    readonly issues: readonly InstrumentIssue[],
  ) {
    // A missing scoring key is not the caller's mistake: the request may succeed once the service loads it.
    super(kind === 'scoring-key-not-supplied' ? 'conflict' : 'bad_request', summarise(kind, issues), { kind, issues });
    this.name = 'InstrumentError';
  }
}

function summarise(kind: InstrumentErrorKind, issues: readonly InstrumentIssue[]): string {
  const heading = {
    'invalid-definition': 'The instrument definition is not valid',
    'invalid-response': 'The response does not fit the instrument',
    'invalid-wording': 'The wording file does not match the instrument',
    'scoring-key-not-supplied': 'The instrument cannot be scored yet',
  }[kind];
  return `${heading}: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`;
}

/** Throws an {@link InstrumentError} when there is at least one issue. */
export function throwIfIssues(kind: InstrumentErrorKind, issues: readonly InstrumentIssue[]): void {
  if (issues.length > 0) throw new InstrumentError(kind, issues);
}

export const isInstrumentError = (error: unknown): error is InstrumentError => error instanceof InstrumentError;
