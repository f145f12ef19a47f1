import type { InstrumentDefinition, ResponseScale, ScaleAnchor, ScoreDefinition } from './instrument-definition';
import { throwIfIssues, type InstrumentIssue } from './instrument-error';
import { isOnStep } from './response-scale';

/**
 * Every inconsistency in a definition: duplicate ids, references to unknown scales, items or
 * subscales, impossible scales and score rules. An empty list means the definition can be scored.
 */
export function definitionIssues(definition: InstrumentDefinition): InstrumentIssue[] {
  return [
    ...headerIssues(definition),
    ...definition.scales.flatMap(scaleIssues),
    ...idIssues(definition),
    ...referenceIssues(definition),
    ...keyRequirementIssues(definition),
    ...definition.scores.flatMap((score) => scoreRuleIssues(definition, score)),
  ];
}

/** Throws an InstrumentError listing every inconsistency, if there is any. */
export function assertValidDefinition(definition: InstrumentDefinition): void {
  throwIfIssues('invalid-definition', definitionIssues(definition));
}

function headerIssues(definition: InstrumentDefinition): InstrumentIssue[] {
  const required = {
    id: definition.id,
    version: definition.version,
    title: definition.title,
    licence: definition.licence,
  };
  const issues: InstrumentIssue[] = Object.entries(required)
    .filter(([, value]) => value.trim() === '')
    .map(([field]) => ({ path: field, code: 'invalid-shape', message: `${field} must not be empty.` }));
  if (definition.items.length === 0) {
    issues.push({ path: 'items', code: 'invalid-shape', message: 'An instrument needs at least one item.' });
  }
  return issues;
}

function scaleIssues(scale: ResponseScale): InstrumentIssue[] {
  const path = `scales.${scale.id}`;
  const issues: InstrumentIssue[] = [];
  const problem = (message: string) => issues.push({ path, code: 'invalid-scale', message });
  if (new Set(scale.nonScoredOptions).size !== scale.nonScoredOptions.length) problem('Non-scored options repeat.');
  if (scale.kind === 'yes-no') return issues;
  if (!(scale.min < scale.max)) problem(`min (${scale.min}) must be below max (${scale.max}).`);
  if (scale.kind === 'likert' && !(Number.isInteger(scale.min) && Number.isInteger(scale.max))) {
    problem('A Likert scale runs between whole numbers.');
  }
  if (scale.kind === 'line' && !(scale.step > 0 && isOnStep(scale, scale.max))) {
    problem(`step ${scale.step} must be positive and divide the range ${scale.min}–${scale.max}.`);
  }
  anchorProblems(scale.anchors, scale.min, scale.max).forEach(problem);
  return issues;
}

function anchorProblems(anchors: readonly ScaleAnchor[], min: number, max: number): string[] {
  const problems = anchors
    .filter((anchor) => anchor.value < min || anchor.value > max || anchor.label.trim() === '')
    .map((anchor) => `Anchor at ${anchor.value} must lie within ${min}–${max} and have a label.`);
  if (new Set(anchors.map((anchor) => anchor.value)).size !== anchors.length)
    problems.push('Two anchors share a value.');
  return problems;
}

function idIssues(definition: InstrumentDefinition): InstrumentIssue[] {
  // Items, subscales and scores become sibling items in exchange formats, so their ids must not clash.
  const shared = [
    ...definition.items.map((item) => ({ id: item.id, path: `items.${item.id}` })),
    ...definition.subscales.map((subscale) => ({ id: subscale.id, path: `subscales.${subscale.id}` })),
    ...(definition.scoringKey?.subscales ?? []).map((subscale) => ({
      id: subscale.id,
      path: `scoringKey.subscales.${subscale.id}`,
    })),
    ...definition.scores.map((score) => ({ id: score.id, path: `scores.${score.id}` })),
  ];
  const scales = definition.scales.map((scale) => ({ id: scale.id, path: `scales.${scale.id}` }));
  return [...duplicateIdIssues(shared), ...duplicateIdIssues(scales)];
}

function duplicateIdIssues(entries: readonly { id: string; path: string }[]): InstrumentIssue[] {
  const seen = new Set<string>();
  const issues: InstrumentIssue[] = [];
  for (const { id, path } of entries) {
    if (id.trim() === '') issues.push({ path, code: 'invalid-shape', message: 'Ids must not be empty.' });
    else if (seen.has(id)) issues.push({ path, code: 'duplicate-id', message: `The id "${id}" is used twice.` });
    seen.add(id);
  }
  return issues;
}

function referenceIssues(definition: InstrumentDefinition): InstrumentIssue[] {
  const scaleIds = new Set(definition.scales.map((scale) => scale.id));
  const itemIds = new Set(definition.items.map((item) => item.id));
  const issues: InstrumentIssue[] = definition.items
    .filter((item) => !scaleIds.has(item.scaleId))
    .map((item) => ({ path: `items.${item.id}`, code: 'unknown-scale', message: `No scale "${item.scaleId}".` }));
  for (const subscale of definition.subscales) {
    issues.push(...itemListIssues(`subscales.${subscale.id}`, subscale.itemIds, itemIds));
  }
  return issues;
}

function itemListIssues(path: string, listed: readonly string[], known: ReadonlySet<string>): InstrumentIssue[] {
  const issues: InstrumentIssue[] = listed
    .filter((id) => !known.has(id))
    .map((id) => ({ path, code: 'unknown-item', message: `No item "${id}".` }));
  if (listed.length === 0) issues.push({ path, code: 'invalid-score', message: 'The list of items is empty.' });
  if (new Set(listed).size !== listed.length)
    issues.push({ path, code: 'duplicate-id', message: 'An item is listed twice.' });
  return issues;
}

/** A key subscale needs a label and a whole, positive number of items, and together they cannot outnumber the items. */
function keyRequirementIssues(definition: InstrumentDefinition): InstrumentIssue[] {
  const requirement = definition.scoringKey;
  if (!requirement) return [];
  const issues: InstrumentIssue[] = requirement.subscales
    .filter(
      (subscale) => subscale.label.trim() === '' || !(Number.isInteger(subscale.itemCount) && subscale.itemCount > 0),
    )
    .map((subscale) => ({
      path: `scoringKey.subscales.${subscale.id}`,
      code: 'invalid-score',
      message: 'A key subscale needs a label and at least one item.',
    }));
  const total = requirement.subscales.reduce((sum, subscale) => sum + subscale.itemCount, 0);
  if (total > definition.items.length) {
    issues.push({
      path: 'scoringKey',
      code: 'invalid-score',
      message: `The key subscales hold ${total} items; the instrument has ${definition.items.length}.`,
    });
  }
  if (requirement.subscales.length === 0 && requirement.reverseKeys === 'none') {
    issues.push({
      path: 'scoringKey',
      code: 'invalid-score',
      message: 'A scoring key requirement must ask for something.',
    });
  }
  return issues;
}

function scoreRuleIssues(definition: InstrumentDefinition, score: ScoreDefinition): InstrumentIssue[] {
  const path = `scores.${score.id}`;
  const issues: InstrumentIssue[] = [];
  const { source, missing } = score;
  if (source.kind === 'items') {
    issues.push(...itemListIssues(path, source.itemIds, new Set(definition.items.map((item) => item.id))));
  } else if (
    !definition.subscales.some((subscale) => subscale.id === source.subscaleId) &&
    !definition.scoringKey?.subscales.some((subscale) => subscale.id === source.subscaleId)
  ) {
    issues.push({ path, code: 'unknown-subscale', message: `No subscale "${source.subscaleId}".` });
  }
  if (missing.kind === 'max-count' && !(Number.isInteger(missing.count) && missing.count >= 0)) {
    issues.push({ path, code: 'invalid-score', message: 'The missing-item count must be a whole number ≥ 0.' });
  }
  if (missing.kind === 'max-percent' && !(missing.percent >= 0 && missing.percent < 100)) {
    issues.push({ path, code: 'invalid-score', message: 'The missing-item percentage must be ≥ 0 and < 100.' });
  }
  for (const threshold of score.thresholds) {
    if (!Number.isFinite(threshold.value) || threshold.label.trim() === '') {
      issues.push({ path, code: 'invalid-score', message: 'A threshold needs a number and a label.' });
    }
  }
  return issues;
}
