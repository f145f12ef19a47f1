import type { InstrumentDefinition, ScoreDefinition } from './instrument-definition';
import type { InstrumentIssue } from './instrument-error';

/**
 * A service's scoring key for a licensed instrument whose item-to-subscale assignment Tandem does
 * not ship: the items of each subscale, and the reverse-keyed items. Loaded with the wording file.
 */
export interface ScoringKey {
  readonly subscales: readonly { readonly id: string; readonly itemIds: readonly string[] }[];
  readonly reverseKeyedItemIds: readonly string[];
}

/** Ids of the scores that cannot be computed until the service's scoring key is applied. */
export function scoresAwaitingKey(definition: InstrumentDefinition): string[] {
  return definition.scores.filter((score) => dependsOnKey(definition, score)).map((score) => score.id);
}

/**
 * Whether a score needs the key: it is a subscale the key fills in, or, while the key names the
 * reverse-keyed items, any score at all (any of its items may be reversed).
 */
function dependsOnKey(definition: InstrumentDefinition, score: ScoreDefinition): boolean {
  const requirement = definition.scoringKey;
  if (!requirement) return false;
  if (requirement.reverseKeys === 'supplied-by-service') return true;
  const { source } = score;
  return source.kind === 'subscale' && requirement.subscales.some((subscale) => subscale.id === source.subscaleId);
}

/**
 * Every way a scoring key fails its instrument: given to an instrument that takes none or missing
 * where one is needed; a subscale unknown, repeated or left out; an item unknown, listed twice or
 * on two subscales; a subscale with another number of items than the published rules give it.
 */
export function scoringKeyIssues(definition: InstrumentDefinition, key: ScoringKey | undefined): InstrumentIssue[] {
  const requirement = definition.scoringKey;
  if (!requirement) {
    return key
      ? [
          {
            path: 'scoringKey',
            code: 'wrong-instrument',
            message: `${definition.id} ${definition.version} ships its own scoring; it takes no scoring key.`,
          },
        ]
      : [];
  }
  if (!key) {
    return [
      {
        path: 'scoringKey',
        code: 'missing-scoring-key',
        message: `${definition.id} needs a scoring key (items per subscale and reverse-keyed items) with its wording.`,
      },
    ];
  }
  const known = new Set(definition.items.map((item) => item.id));
  const placed = new Map<string, string>();
  const seenSubscales = new Set<string>();
  const issues: InstrumentIssue[] = [];
  key.subscales.forEach((entry, index) => {
    const path = `scoringKey.subscales.${index}`;
    const expected = requirement.subscales.find((subscale) => subscale.id === entry.id);
    if (!expected) {
      issues.push({
        path: `${path}.id`,
        code: 'unknown-subscale',
        message: `${definition.id} has no subscale "${entry.id}".`,
      });
    } else if (seenSubscales.has(entry.id)) {
      issues.push({ path: `${path}.id`, code: 'duplicate-id', message: `Subscale "${entry.id}" appears twice.` });
    } else if (entry.itemIds.length !== expected.itemCount) {
      issues.push({
        path: `${path}.itemIds`,
        code: 'wrong-item-count',
        message: `Subscale "${entry.id}" has ${expected.itemCount} items, not ${entry.itemIds.length}.`,
      });
    }
    seenSubscales.add(entry.id);
    entry.itemIds.forEach((itemId, itemIndex) => {
      const itemPath = `${path}.itemIds.${itemIndex}`;
      if (!known.has(itemId))
        issues.push({ path: itemPath, code: 'unknown-item', message: `No item "${itemId}" in ${definition.id}.` });
      else if (placed.has(itemId))
        issues.push({
          path: itemPath,
          code: 'duplicate-id',
          message: `Item "${itemId}" is already on subscale "${placed.get(itemId)}".`,
        });
      placed.set(itemId, entry.id);
    });
  });
  for (const subscale of requirement.subscales) {
    if (!seenSubscales.has(subscale.id))
      issues.push({
        path: 'scoringKey.subscales',
        code: 'missing-item',
        message: `No items given for subscale "${subscale.id}".`,
      });
  }
  issues.push(...reverseKeyIssues(definition, key, known));
  return issues;
}

function reverseKeyIssues(
  definition: InstrumentDefinition,
  key: ScoringKey,
  known: ReadonlySet<string>,
): InstrumentIssue[] {
  if (definition.scoringKey?.reverseKeys === 'none' && key.reverseKeyedItemIds.length > 0) {
    return [
      {
        path: 'scoringKey.reverseKeyedItemIds',
        code: 'inconsistent',
        message: `${definition.id} has no reverse-keyed items.`,
      },
    ];
  }
  const seen = new Set<string>();
  return key.reverseKeyedItemIds.flatMap((itemId, index): InstrumentIssue[] => {
    const path = `scoringKey.reverseKeyedItemIds.${index}`;
    if (!known.has(itemId))
      return [{ path, code: 'unknown-item', message: `No item "${itemId}" in ${definition.id}.` }];
    if (seen.has(itemId)) return [{ path, code: 'duplicate-id', message: `Item "${itemId}" is listed twice.` }];
    seen.add(itemId);
    return [];
  });
}

/**
 * The definition with the key's subscales and reverse keys in place and no key left to wait for.
 * The key must have passed scoringKeyIssues; the definition itself is never changed.
 */
export function applyScoringKey(definition: InstrumentDefinition, key: ScoringKey): InstrumentDefinition {
  const requirement = definition.scoringKey;
  if (!requirement) return definition;
  const reversed = new Set(key.reverseKeyedItemIds);
  const { scoringKey: _applied, ...rest } = definition;
  return {
    ...rest,
    items: definition.items.map((item) => ({ ...item, reverseKeyed: item.reverseKeyed || reversed.has(item.id) })),
    subscales: [
      ...definition.subscales,
      ...requirement.subscales.map(({ id, label }) => ({
        id,
        label,
        itemIds: key.subscales.find((entry) => entry.id === id)?.itemIds ?? [],
      })),
    ],
  };
}
