import type { NonScoredOption, Threshold } from './instrument-definition';

/** A rating (Likert or line), a yes/no, or one of the non-scored options. */
export type AnswerValue = number | boolean | NonScoredOption;

export interface ItemAnswer {
  readonly itemId: string;
  readonly value: AnswerValue;
}

/** One completion of an instrument; unanswered items are simply absent. */
export interface InstrumentResponse {
  readonly instrumentId: string;
  readonly version: string;
  readonly answers: readonly ItemAnswer[];
}

interface ScoreCounts {
  readonly scoreId: string;
  readonly label: string;
  /** Items of the score with a scored answer. */
  readonly answeredCount: number;
  /** Items of the score left blank or answered "not applicable" / "don't know". */
  readonly missingCount: number;
}

export interface ComputedScore extends ScoreCounts {
  readonly value: number;
  readonly isProrated: boolean;
  readonly thresholdsMet: readonly Threshold[];
}

export interface UndefinedScore extends ScoreCounts {
  readonly value: null;
  /** 'scoring-key-not-supplied': the score needs the item assignment a service supplies with its wording. */
  readonly reason: 'too-many-missing' | 'scoring-key-not-supplied';
}

export type ScoreResult = ComputedScore | UndefinedScore;

export interface ScoredResponse {
  readonly instrumentId: string;
  readonly version: string;
  readonly scores: readonly ScoreResult[];
}
