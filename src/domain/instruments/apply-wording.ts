import type { InstrumentDefinition } from './instrument-definition';
import { identityIssues } from './identity-issues';
import { throwIfIssues, type InstrumentIssue } from './instrument-error';
import { applyScoringKey, scoringKeyIssues, type ScoringKey } from './scoring-key';

/** Item wording loaded by a service that holds the rights to a licensed instrument. */
export interface WordingFile {
  readonly instrumentId: string;
  readonly version: string;
  readonly items: readonly { readonly id: string; readonly text: string }[];
  /** Required exactly when the instrument waits for a service's scoring key (see ScoringKeyRequirement). */
  readonly scoringKey?: ScoringKey | undefined;
}

/** Longest item text accepted; published items are a sentence or two, so more means a wrong file. */
export const MAX_ITEM_TEXT_LENGTH = 1000;

/**
 * Every way a wording file fails to match its instrument exactly: another instrument or version,
 * an item missing, repeated or unknown, a text that is empty or too long, or a scoring key that is
 * missing, not wanted, or does not fit the instrument's subscales.
 */
export function wordingIssues(definition: InstrumentDefinition, wording: WordingFile): InstrumentIssue[] {
  const issues = identityIssues(definition, wording);
  const known = new Set(definition.items.map((item) => item.id));
  const seen = new Set<string>();
  wording.items.forEach((entry, index) => {
    const path = `items.${index}`;
    if (!known.has(entry.id)) {
      issues.push({ path: `${path}.id`, code: 'unknown-item', message: `No item "${entry.id}" in ${definition.id}.` });
    } else if (seen.has(entry.id)) {
      issues.push({ path: `${path}.id`, code: 'duplicate-id', message: `Item "${entry.id}" appears twice.` });
    }
    seen.add(entry.id);
    issues.push(...textIssues(`${path}.text`, entry.text));
  });
  for (const item of definition.items) {
    if (!seen.has(item.id))
      issues.push({ path: 'items', code: 'missing-item', message: `No text for item "${item.id}".` });
  }
  issues.push(...scoringKeyIssues(definition, wording.scoringKey));
  return issues;
}

function textIssues(path: string, text: string): InstrumentIssue[] {
  if (text.trim() === '') return [{ path, code: 'empty-text', message: 'The text is empty.' }];
  if (text.length > MAX_ITEM_TEXT_LENGTH) {
    return [{ path, code: 'text-too-long', message: `The text is longer than ${MAX_ITEM_TEXT_LENGTH} characters.` }];
  }
  return [];
}

/**
 * The definition with each item's text taken from the wording file, and the scoring key in place
 * where the instrument needs one. Throws
 * InstrumentError('invalid-wording') listing every mismatch; the definition itself is never changed.
 */
export function applyWording(definition: InstrumentDefinition, wording: WordingFile): InstrumentDefinition {
  throwIfIssues('invalid-wording', wordingIssues(definition, wording));
  const texts = new Map(wording.items.map((entry) => [entry.id, entry.text.trim()]));
  const worded = { ...definition, items: definition.items.map((item) => ({ ...item, text: texts.get(item.id) })) };
  return wording.scoringKey ? applyScoringKey(worded, wording.scoringKey) : worded;
}
