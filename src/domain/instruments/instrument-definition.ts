/**
 * An instrument (questionnaire) is data, not code: these types describe any instrument Tandem can
 * show, score and exchange. Item, subscale and score ids share one namespace within an instrument.
 */

/** 'included': Tandem's own wording ships with the definition; 'supplied-by-service': a licensed
 * instrument whose wording only a service holding the rights may load. */
export type WordingMode = 'included' | 'supplied-by-service';

/** Answers that are recorded but never scored; for scoring they count as missing. */
export type NonScoredOption = 'not-applicable' | 'dont-know';

export const NON_SCORED_OPTIONS: readonly NonScoredOption[] = ['not-applicable', 'dont-know'];

export interface ScaleAnchor {
  readonly value: number;
  readonly label: string;
}

/** Whole-number ratings from min to max, e.g. 1–5 or 0–4. */
export interface LikertScale {
  readonly kind: 'likert';
  readonly id: string;
  readonly min: number;
  readonly max: number;
  readonly anchors: readonly ScaleAnchor[];
  readonly nonScoredOptions: readonly NonScoredOption[];
}

/** A visual analogue line, e.g. 0–10 read to the nearest millimetre (step 0.1). */
export interface LineScale {
  readonly kind: 'line';
  readonly id: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly anchors: readonly ScaleAnchor[];
  readonly nonScoredOptions: readonly NonScoredOption[];
}

/** Yes or no; scored no = 0, yes = 1 when it takes part in a score. */
export interface YesNoScale {
  readonly kind: 'yes-no';
  readonly id: string;
  readonly nonScoredOptions: readonly NonScoredOption[];
}

export type ResponseScale = LikertScale | LineScale | YesNoScale;

export interface InstrumentItem {
  readonly id: string;
  /** Neutral label that is safe to show and store for any instrument, e.g. "Item 3". */
  readonly label: string;
  /** The wording shown to the respondent; absent until a service supplies it for licensed instruments. */
  readonly text?: string | undefined;
  readonly scaleId: string;
  /** Scored as (min + max − value) so that a higher score always means the same direction. */
  readonly reverseKeyed: boolean;
  /** The person must answer it before sending (an imported Questionnaire's `required`); absent means optional. */
  readonly required?: true | undefined;
}

export interface Subscale {
  readonly id: string;
  readonly label: string;
  readonly itemIds: readonly string[];
}

export type ScoreMethod = 'sum' | 'mean';

export type ScoreSource =
  | { readonly kind: 'items'; readonly itemIds: readonly string[] }
  | { readonly kind: 'subscale'; readonly subscaleId: string };

/** How many unanswered (or not-applicable / don't-know) items a score tolerates before it is undefined. */
export type MissingRule =
  | { readonly kind: 'none-allowed' }
  | { readonly kind: 'max-count'; readonly count: number }
  | { readonly kind: 'max-percent'; readonly percent: number };

export type Comparator = '<' | '<=' | '>' | '>=';

export interface Threshold {
  readonly comparator: Comparator;
  readonly value: number;
  readonly label: string;
}

export interface ScoreDefinition {
  readonly id: string;
  readonly label: string;
  /** A sum with missing items allowed is prorated: mean of the answered items × number of items. */
  readonly method: ScoreMethod;
  readonly source: ScoreSource;
  readonly missing: MissingRule;
  readonly thresholds: readonly Threshold[];
}

/** A subscale whose items the service names in its scoring key: only its size ships with Tandem. */
export interface KeySubscale {
  readonly id: string;
  readonly label: string;
  /** How many items the published scoring rules put on this subscale. */
  readonly itemCount: number;
}

/**
 * What a service must supply, with the wording file, before some scores of a licensed instrument
 * can be computed: which items make up each subscale and, with reverseKeys 'supplied-by-service',
 * which items are reverse-keyed. Used where Tandem could not confirm the published assignment;
 * shipping a guess would give plausible-looking wrong scores.
 */
export interface ScoringKeyRequirement {
  readonly subscales: readonly KeySubscale[];
  /** 'supplied-by-service': the key lists the reverse-keyed items, so every score waits for it; 'none': no item is reversed. */
  readonly reverseKeys: 'supplied-by-service' | 'none';
}

export interface InstrumentDefinition {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly description?: string | undefined;
  /** Who owns the instrument and on what terms it may be used. */
  readonly licence: string;
  readonly isValidated: boolean;
  readonly wordingMode: WordingMode;
  readonly scales: readonly ResponseScale[];
  readonly items: readonly InstrumentItem[];
  readonly subscales: readonly Subscale[];
  readonly scores: readonly ScoreDefinition[];
  /**
   * Present while the service's scoring key is still needed; scores that depend on it are refused
   * until applyWording puts the key in (filling subscales and reverse keys, and dropping this).
   */
  readonly scoringKey?: ScoringKeyRequirement | undefined;
  /**
   * Where an imported instrument was published (its Questionnaire's canonical URL), when that is not
   * Tandem's own; responses name it, so other systems recognise their own questionnaire.
   */
  readonly canonicalUrl?: string | undefined;
}
