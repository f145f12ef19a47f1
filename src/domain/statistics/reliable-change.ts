/** |RCI| must exceed this for a change to count as reliable (p < .05, two-sided, normal theory). */
export const RELIABLE_CHANGE_CRITICAL_VALUE = 1.96;

export type ReliableChangeClassification = 'reliable_improvement' | 'reliable_deterioration' | 'no_reliable_change';

/** How the measure's error is known: from its baseline SD and reliability, or a published SE. */
export type MeasurementError = { sd: number; reliability: number } | { standardError: number };

export type ReliableChangeInput = MeasurementError & {
  before: number;
  after: number;
  /** Which direction of the scale is better, e.g. 'higher' for wellbeing, 'lower' for distress. */
  better: 'higher' | 'lower';
};

export interface ReliableChange {
  /** after − before, in the measure's units. */
  change: number;
  /** SE, the standard error of measurement. */
  standardError: number;
  /** S_diff = √(2·SE²), the standard error of the difference between two scores. */
  differenceStandardError: number;
  /** RCI = (after − before) / S_diff. */
  rci: number;
  classification: ReliableChangeClassification;
}

/**
 * Jacobson–Truax reliable change index: RCI = (x₂ − x₁) / S_diff, with S_diff = √(2·SE²) and
 * SE = SD₁·√(1 − r_xx), where SD₁ is the standard deviation at baseline (usually of a norm or
 * pre-treatment group) and r_xx the measure's test–retest reliability. A change is reliable when
 * |RCI| > 1.96, then an improvement or a deterioration according to `better`.
 * Source: Jacobson NS, Truax P. Clinical significance: a statistical approach to defining
 * meaningful change in psychotherapy research. J Consult Clin Psychol 1991;59(1):12–19.
 *
 * Edge cases: |RCI| exactly 1.96 is not reliable (the criterion is strict); no change → RCI 0.
 * Throws a RangeError for non-finite scores, SD ≤ 0, reliability outside [0, 1) (a reliability of
 * 1 makes S_diff 0 and the index undefined) or a standard error ≤ 0.
 */
export function reliableChange(input: ReliableChangeInput): ReliableChange {
  if (!Number.isFinite(input.before) || !Number.isFinite(input.after)) {
    throw new RangeError('Reliable change needs finite scores before and after.');
  }
  const standardError = standardErrorOfMeasurement(input);
  const differenceStandardError = Math.sqrt(2 * standardError * standardError);
  const change = input.after - input.before;
  const rci = change / differenceStandardError;
  return { change, standardError, differenceStandardError, rci, classification: classify(rci, input.better) };
}

/** SE = SD₁·√(1 − r_xx) (Jacobson & Truax 1991), or the SE given. */
function standardErrorOfMeasurement(error: MeasurementError): number {
  if ('standardError' in error) {
    if (!(error.standardError > 0 && Number.isFinite(error.standardError))) {
      throw new RangeError(`The standard error of measurement must be positive, got ${error.standardError}.`);
    }
    return error.standardError;
  }
  if (!(error.sd > 0 && Number.isFinite(error.sd)))
    throw new RangeError(`The standard deviation must be positive, got ${error.sd}.`);
  if (!(error.reliability >= 0 && error.reliability < 1)) {
    throw new RangeError(`The reliability must be at least 0 and below 1, got ${error.reliability}.`);
  }
  return error.sd * Math.sqrt(1 - error.reliability);
}

function classify(rci: number, better: 'higher' | 'lower'): ReliableChangeClassification {
  if (Math.abs(rci) <= RELIABLE_CHANGE_CRITICAL_VALUE) return 'no_reliable_change';
  const wentUp = rci > 0;
  return wentUp === (better === 'higher') ? 'reliable_improvement' : 'reliable_deterioration';
}
