import {
  scaleOfItem,
  sourceItemIds,
  type InstrumentDefinition,
  type InstrumentItem,
  type MissingRule,
  type ResponseScale,
  type ScoreDefinition,
} from '../domain/instruments';

/** The FHIR type of a line item: integer when the whole line moves in whole steps, else decimal. */
export function lineItemType(scale: { min: number; max: number; step: number }): 'integer' | 'decimal' {
  return [scale.min, scale.max, scale.step].every(Number.isInteger) ? 'integer' : 'decimal';
}

/** How many items a score may miss, as a count, so FHIRPath can compare it with count(). */
export function allowedMissingCount(rule: MissingRule, itemCount: number): number {
  const allowed =
    rule.kind === 'none-allowed'
      ? 0
      : rule.kind === 'max-count'
        ? rule.count
        : Math.floor((itemCount * rule.percent) / 100 + 1e-9);
  // At least one answer is always needed: a score of nothing is undefined.
  return Math.min(allowed, itemCount - 1);
}

/**
 * FHIRPath (SDC calculatedExpression) for a score over a QuestionnaireResponse: the scored value of
 * each answered item (itemWeight of the chosen option via weight(), which already carries reverse
 * keying; a line value, reversed as min + max − value; yes = 1, no = 0), then sum or mean, prorated
 * as the missing rule allows, and empty when too many items are missing. weight() (formerly
 * ordinal()) is one of the SDC "FHIRPath supplements": http://hl7.org/fhir/uv/sdc/expressions.html
 */
export function scoreExpression(definition: InstrumentDefinition, score: ScoreDefinition): string {
  const itemIds = sourceItemIds(definition, score.source);
  const values = scoredValuesExpression(definition, itemIds);
  const itemCount = itemIds.length;
  const minimumAnswered = itemCount - allowedMissingCount(score.missing, itemCount);
  if (score.method === 'mean') {
    return `iif(${values}.count() >= ${minimumAnswered}, ${values}.sum() / ${values}.count(), {})`;
  }
  if (minimumAnswered === itemCount) return `iif(${values}.count() = ${itemCount}, ${values}.sum(), {})`;
  return `iif(${values}.count() >= ${minimumAnswered}, ${values}.sum() * ${itemCount} / ${values}.count(), {})`;
}

function scoredValuesExpression(definition: InstrumentDefinition, itemIds: readonly string[]): string {
  const byTerm = new Map<string, string[]>();
  for (const item of definition.items.filter((candidate) => itemIds.includes(candidate.id))) {
    const term = answerTerm(scaleOfItem(definition, item), item);
    byTerm.set(term, [...(byTerm.get(term) ?? []), item.id]);
  }
  const parts = [...byTerm].map(
    ([term, ids]) => `%resource.item.where(linkId in (${ids.map(fhirPathString).join(' | ')})).${term}`,
  );
  const [first, ...rest] = parts;
  // combine(), not the | operator: | removes duplicates, and two items may well score the same.
  return `(${first ?? '{}'}${rest.map((part) => `.combine(${part})`).join('')})`;
}

function answerTerm(scale: ResponseScale, item: InstrumentItem): string {
  switch (scale.kind) {
    case 'likert':
      return 'answer.value.weight()';
    case 'line': {
      const value = `answer.value.ofType(${lineItemType(scale)})`;
      return item.reverseKeyed ? `${value}.select(${scale.min + scale.max} - $this)` : value;
    }
    case 'yes-no':
      return `answer.value.ofType(boolean).select(iif($this, ${item.reverseKeyed ? '0, 1' : '1, 0'}))`;
  }
}

function fhirPathString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
